package org.socialwork.flow.notification;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code notification}, {@code notification_preference}, {@code notification_address}. */
@Mapper
public interface NotificationMapper {

  boolean exists(@Param("recipient") String recipient, @Param("dedupeKey") String dedupeKey);

  /** Inserts unless the recipient has a notice of that key already; 1 when written. */
  int insertOnce(@Param("n") NewNotification n, @Param("now") LocalDateTime now);

  List<Notification> findPage(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly,
                              @Param("limit") int limit, @Param("offset") int offset);

  int count(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly);

  Optional<Notification> findOne(@Param("id") long id, @Param("recipient") String recipient);

  int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("now") LocalDateTime now);

  int markAllRead(@Param("recipient") String recipient, @Param("now") LocalDateTime now);

  /** The subject (label · number) an earlier notice of the task carried, as the projection described it. */
  Optional<String> findSubjectOfTask(@Param("taskId") String taskId);

  /** Offers of a task not yet mailed are dropped once the task is claimed, completed or gone. */
  int dropPendingOffers(@Param("taskId") String taskId);

  /** Ids of rows waiting to be mailed, of these kinds, oldest first. */
  List<Long> findPendingMail(@Param("kinds") Collection<String> kinds, @Param("limit") int limit);

  /** Takes the rows for one run: only those still PENDING (another node's run takes the others). */
  int claimMail(@Param("ids") Collection<Long> ids, @Param("claim") String claim, @Param("now") LocalDateTime now);

  List<Notification> findClaimed(@Param("claim") String claim);

  int markMailed(@Param("claim") String claim, @Param("ids") Collection<Long> ids, @Param("now") LocalDateTime now);

  /** A failed send goes back to PENDING until the last attempt, then FAILED. */
  int markMailFailed(@Param("claim") String claim, @Param("ids") Collection<Long> ids,
                     @Param("maxAttempts") int maxAttempts);

  /** Claims of a run that died (its node stopped) go back to PENDING. */
  int releaseStaleClaims(@Param("before") LocalDateTime before);

  List<Preference> findPreferences(@Param("username") String username);

  Optional<String> findChannel(@Param("username") String username, @Param("kind") String kind);

  void deletePreference(@Param("username") String username, @Param("kind") String kind);

  void insertPreference(@Param("username") String username, @Param("kind") String kind,
                        @Param("channel") String channel);

  Optional<String> findAddress(@Param("username") String username);

  void deleteAddress(@Param("username") String username);

  void insertAddress(@Param("username") String username, @Param("email") String email,
                     @Param("now") LocalDateTime now);

  /** A stored preference row. */
  record Preference(String kind, String channel) {
  }
}
