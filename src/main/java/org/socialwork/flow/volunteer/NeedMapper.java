package org.socialwork.flow.volunteer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** Kuiwen's lists: needs (问题需求清单), service items (服务项目清单), and the resources (服务资源清单) read from teams and skills. */
@Mapper
interface NeedMapper {

  /** A row of the needs list (no phone number). */
  record NeedRow(String needNo, String stationCode, String stationName, String source, String category,
                 String description, String status, String serviceName, String teamName, Integer satisfaction,
                 LocalDateTime raisedAt) {
  }

  record ServiceItem(Long id, String stationCode, String stationName, String name, String category,
                     String description, Long teamId, String teamName, boolean active, String createdBy,
                     LocalDateTime createdAt) {
  }

  /** A team kind of a station with its teams and their members. */
  record TeamKind(String stationCode, String stationName, String kind, int teams, int volunteers) {
  }

  /** A volunteer's station and skills (a comma list), for the skills of the resources list. */
  record Skills(String stationCode, String stationName, String skills) {
  }

  /** The numbers of a station's lists. */
  record StationFigures(String stationCode, String stationName, int needsOpen, int needsOrdered, int needsDispatched,
                        int needsClosed,
                        Double satisfaction) {
  }

  record NewNeed(String needNo, String stationCode, String source, String sourceRef, String requesterName,
                 String requesterPhone, String category, String description, String raisedBy,
                 LocalDateTime raisedAt) {
  }

  record NewServiceItem(String stationCode, String name, String category, String description, Long teamId,
                        String createdBy, LocalDateTime createdAt) {
  }

  void insertNeed(@Param("n") NewNeed need, @Param("key") VolunteerMapper.Key key);

  Optional<String> findNoBySource(@Param("source") String source, @Param("ref") String sourceRef);

  /** In the reader's station scope. */
  Optional<Need> findNeed(@Param("no") String needNo, @Param("scope") DataScope scope);

  /** Locks the need's row until the transaction ends (two dispatchers of one need queue here); its status. */
  String lockNeed(@Param("id") Long id);

  List<NeedRow> findNeeds(@Param("scope") DataScope scope, @Param("station") String station,
                          @Param("status") String status, @Param("limit") int limit, @Param("offset") int offset);

  long countNeeds(@Param("scope") DataScope scope, @Param("station") String station, @Param("status") String status);

  int order(@Param("id") Long id, @Param("serviceItemId") Long serviceItemId, @Param("by") String by,
             @Param("at") LocalDateTime at);

  int dispatch(@Param("id") Long id, @Param("teamId") Long teamId, @Param("note") String note,
                @Param("activityId") Long activityId, @Param("by") String by, @Param("at") LocalDateTime at);

  int close(@Param("id") Long id, @Param("activityId") Long activityId, @Param("outcome") String outcome,
             @Param("satisfaction") int satisfaction, @Param("feedback") String feedback, @Param("by") String by,
             @Param("at") LocalDateTime at);

  void insertServiceItem(@Param("s") NewServiceItem item, @Param("key") VolunteerMapper.Key key);

  Optional<ServiceItem> findServiceItem(@Param("id") Long id, @Param("scope") DataScope scope);

  List<ServiceItem> findServiceItems(@Param("scope") DataScope scope, @Param("station") String station,
                                     @Param("activeOnly") boolean activeOnly, @Param("limit") int limit,
                                     @Param("offset") int offset);

  long countServiceItems(@Param("scope") DataScope scope, @Param("station") String station,
                         @Param("activeOnly") boolean activeOnly);

  void setServiceItemActive(@Param("id") Long id, @Param("active") boolean active);

  List<TeamKind> findTeamKinds(@Param("scope") DataScope scope, @Param("station") String station);

  List<Skills> findSkills(@Param("scope") DataScope scope, @Param("station") String station);

  List<StationFigures> findFigures(@Param("scope") DataScope scope);

  /** Active service items per station in scope: station code → count. */
  List<StationCount> countActiveServices(@Param("scope") DataScope scope);

  record StationCount(String stationCode, int items) {
  }
}
