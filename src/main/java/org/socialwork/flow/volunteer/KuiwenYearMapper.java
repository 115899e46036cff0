package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Multi-row inserts of a generated volunteer year ({@link KuiwenYear}): hundreds of rows a statement. */
@Mapper
interface KuiwenYearMapper {

  record VolunteerRow(String volunteerNo, String fullName, String sex, String birthMonth, String idNumber,
                      String phone, String skills, String stationCode, String registeredBy, LocalDateTime at) {
  }

  record TeamRow(String name, String kind, String stationCode, String leader, LocalDateTime at) {
  }

  record MemberRow(long teamId, long volunteerId, LocalDateTime at) {
  }

  record ActivityRow(String activityNo, String title, String content, String place, String stationCode, long teamId,
                     String organiser, LocalDateTime startsAt, LocalDateTime endsAt, int quota, int confirmed,
                     LocalDateTime at) {
  }

  record SignupRow(long activityId, long volunteerId, String by, LocalDateTime at, BigDecimal hours) {
  }

  record EntryRow(long volunteerId, BigDecimal amount, long activityId, String postingKey, String by,
                  LocalDateTime at) {
  }

  void insertVolunteers(@Param("rows") List<VolunteerRow> rows);

  List<Long> volunteerIds(@Param("prefix") String volunteerNoPrefix);

  void insertTeams(@Param("rows") List<TeamRow> rows);

  List<Long> teamIds(@Param("station") String station, @Param("names") List<String> names);

  void insertMembers(@Param("rows") List<MemberRow> rows);

  void insertActivities(@Param("rows") List<ActivityRow> rows);

  List<Long> activityIds(@Param("prefix") String activityNoPrefix);

  void insertSignups(@Param("rows") List<SignupRow> rows);

  void insertHours(@Param("rows") List<EntryRow> rows);

  void insertPoints(@Param("rows") List<EntryRow> rows);

  int countVolunteersAt(@Param("station") String station);
}
