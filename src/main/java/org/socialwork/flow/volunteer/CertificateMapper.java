package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** Certificates, their lines, the stations' certificate settings; and the hours of a period from the hours ledger. */
@Mapper
interface CertificateMapper {

  /** A row of the station's certificate list. */
  record Row(String certNo, String volunteerNo, String fullName, String stationCode, String stationName,
             LocalDate periodFrom, LocalDate periodTo, String status, BigDecimal hours, LocalDateTime requestedAt,
             LocalDateTime decidedAt) {
  }

  /** A station's settings; {@code hasSeal} without the image itself. */
  record Setting(String stationCode, String personInCharge, boolean hasSeal, String updatedBy,
                 LocalDateTime updatedAt) {
  }

  /** What the public verification shows. */
  record Verification(String certNo, String fullName, BigDecimal hours, LocalDate periodFrom, LocalDate periodTo,
                      String status) {
  }

  int insert(@Param("c") Certificate certificate);

  Optional<Certificate> findByNo(@Param("certNo") String certNo);

  Optional<Certificate> lockByNo(@Param("certNo") String certNo);

  List<Certificate> findOf(@Param("volunteerId") Long volunteerId);

  List<Row> findInScope(@Param("scope") DataScope scope, @Param("status") String status, @Param("limit") int limit);

  /** Requests waiting for the station, in the reader's scope (the tab's figure). */
  int countRequested(@Param("scope") DataScope scope);

  Optional<Verification> verification(@Param("certNo") String certNo);

  int issue(@Param("id") Long id, @Param("hours") BigDecimal hours, @Param("count") int activityCount,
            @Param("stationName") String stationName, @Param("personInCharge") String personInCharge,
            @Param("handlerName") String handlerName, @Param("by") String by, @Param("at") LocalDateTime at);

  int reject(@Param("id") Long id, @Param("note") String note, @Param("by") String by,
             @Param("at") LocalDateTime at);

  int revoke(@Param("id") Long id, @Param("note") String note, @Param("by") String by,
             @Param("at") LocalDateTime at);

  void insertLine(@Param("certificateId") Long certificateId, @Param("l") Certificate.Line line);

  List<Certificate.Line> findLines(@Param("certificateId") Long certificateId);

  /** The hours ledger per activity held in [from, to) (corrections included), activities with hours left only. */
  List<Certificate.Line> activityHours(@Param("volunteerId") Long volunteerId, @Param("from") LocalDateTime from,
                                       @Param("to") LocalDateTime to);

  /** The hours ledger's entries of no activity recorded in [from, to). */
  BigDecimal otherHours(@Param("volunteerId") Long volunteerId, @Param("from") LocalDateTime from,
                        @Param("to") LocalDateTime to);

  Optional<Setting> findSetting(@Param("station") String stationCode);

  /** The seal image (the first row's column; none when there is no setting or no image). */
  List<byte[]> findSeal(@Param("station") String stationCode);

  int updateSetting(@Param("station") String stationCode, @Param("personInCharge") String personInCharge,
                    @Param("seal") byte[] seal, @Param("clearSeal") boolean clearSeal, @Param("by") String by,
                    @Param("at") LocalDateTime at);

  void insertSetting(@Param("station") String stationCode, @Param("personInCharge") String personInCharge,
                     @Param("seal") byte[] seal, @Param("by") String by, @Param("at") LocalDateTime at);
}
