package org.socialwork.flow.volunteer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** Volunteers' own applications from the public page, and the one volunteer column their activation sets. */
@Mapper
interface VolunteerApplicationMapper {

  /** An application as stored. */
  record Application(Long id, String stationCode, String fullName, String idNumber, String phone, String skills,
                     String availableTimes, boolean consent, String tokenHash, String status, LocalDateTime submittedAt,
                     String decidedBy, LocalDateTime decidedAt, String decisionNote, Long volunteerId,
                     LocalDateTime activatedAt) {
  }

  /** A row of the station's list (with the station's name and, once approved, the volunteer's number). */
  record Row(Long id, String stationCode, String stationName, String fullName, String idNumber, String phone,
             String skills, String availableTimes, String status, LocalDateTime submittedAt, String decisionNote,
             String volunteerNo) {
  }

  final class Key {
    public Long id;
  }

  void insert(@Param("a") Application application, @Param("key") Key key);

  int countPending(@Param("idNumber") String idNumber);

  /** Applications waiting for the stations in the reader's scope (the tab's figure). */
  int countWaiting(@Param("scope") DataScope scope);

  Optional<Application> findByToken(@Param("tokenHash") String tokenHash);

  Optional<Application> lockById(@Param("id") Long id, @Param("scope") DataScope scope);

  List<Row> findInScope(@Param("scope") DataScope scope, @Param("status") String status, @Param("limit") int limit);

  int approve(@Param("id") Long id, @Param("volunteerId") Long volunteerId, @Param("by") String by,
              @Param("at") LocalDateTime at);

  int reject(@Param("id") Long id, @Param("note") String note, @Param("by") String by, @Param("at") LocalDateTime at);

  int activate(@Param("id") Long id, @Param("at") LocalDateTime at);

  /** Gives the approved volunteer their login's user name (only while they have none). */
  int setUsername(@Param("volunteerId") Long volunteerId, @Param("username") String username);

  String volunteerNo(@Param("volunteerId") Long volunteerId);
}
