package org.socialwork.flow.linkage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** The linkage tables: linkages with their forces and the donation ledger. Reads for people take a {@code scope}. */
@Mapper
interface LinkageMapper {

  /** Receives the generated id of an insert. */
  final class Key {
    public Long id;
  }

  // linkages

  void insertLinkage(@Param("l") Linkage linkage, @Param("key") Key key);

  void insertForce(@Param("linkageId") Long linkageId, @Param("force") String force);

  int deleteForces(Long linkageId);

  int countForce(@Param("linkageId") Long linkageId, @Param("force") String force);

  /** Changes the note and title from the version read (1 = changed, 0 = someone changed it meanwhile). */
  int updateLinkage(@Param("id") Long id, @Param("version") int version, @Param("title") String title,
                    @Param("note") String note, @Param("by") String by, @Param("at") LocalDateTime at);

  Optional<Linkage> findBySubject(@Param("kind") String kind, @Param("ref") String ref);

  Optional<Linkage> findLinkage(@Param("id") Long id, @Param("scope") DataScope scope);

  List<String> findForces(Long linkageId);

  List<ForceOf> findForcesOf(@Param("ids") Collection<Long> ids);

  /** One page of the linkages in scope, newest first, filtered by station, force, kind and period. */
  List<LinkageRow> findLinkages(@Param("scope") DataScope scope, @Param("f") Filter filter,
                                @Param("limit") int limit, @Param("offset") int offset);

  long countLinkages(@Param("scope") DataScope scope, @Param("f") Filter filter);

  /** The latest linkages of a station (what a donation may go to). */
  List<LinkageRow> findRecentOfStation(@Param("station") String station, @Param("limit") int limit);

  /** Linkages in scope and period by station, kind and force. */
  List<ForceCount> countByForce(@Param("scope") DataScope scope, @Param("from") LocalDate from,
                                @Param("to") LocalDate to);

  /** Linkages in scope and period by station and kind, with the volunteer hours they brought. */
  List<KindCount> countByKind(@Param("scope") DataScope scope, @Param("from") LocalDate from,
                              @Param("to") LocalDate to);

  // donations

  void insertDonation(@Param("d") Donation donation, @Param("key") Key key);

  Optional<Donation> findDonation(@Param("id") Long id, @Param("scope") DataScope scope);

  /** Locks the entry's row until the transaction ends (its reversal). */
  Long lockDonation(Long id);

  /** Donations that went to the linkage and were not reversed. */
  int countStandingDonations(Long linkageId);

  /** Whether the entry has been reversed already. */
  int countReversals(Long id);

  List<DonationRow> findDonations(@Param("scope") DataScope scope, @Param("f") Filter filter,
                                  @Param("limit") int limit, @Param("offset") int offset);

  long countDonations(@Param("scope") DataScope scope, @Param("f") Filter filter);

  /** Money and goods in scope and period by station (reversals included, so corrected entries net out). */
  List<DonationTotal> donationTotals(@Param("scope") DataScope scope, @Param("from") LocalDate from,
                                     @Param("to") LocalDate to);

  /** What the lists filter by; every part may be null. {@code to} is exclusive. */
  record Filter(String station, String force, String kind, LocalDate from, LocalDate to) {
  }

  record ForceOf(Long linkageId, String forceCode) {
  }

  record LinkageRow(Long id, String subjectKind, String subjectRef, String subjectTitle, String stationCode,
                    String stationName, LocalDate occurredOn, String note, String recordedByName, BigDecimal hours,
                    int version) {
  }

  record ForceCount(String stationCode, String subjectKind, String forceCode, long count) {
  }

  record KindCount(String stationCode, String subjectKind, long count, BigDecimal hours) {
  }

  record DonationRow(Long id, String donorName, String kind, BigDecimal amount, String goods, BigDecimal quantity,
                     String unit, LocalDate donatedOn, String stationCode, String stationName, String purpose,
                     String linkageTitle, String voucher, Long reversesId, Long reversedBy, String reason,
                     String recordedByName, LocalDateTime recordedAt) {
  }

  record DonationTotal(String stationCode, BigDecimal money, long goodsEntries, BigDecimal goodsValue) {
  }
}
