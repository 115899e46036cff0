package org.socialwork.flow.tasklist;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/**
 * The tasklist's own queries over the engine's task tables joined to our case tables. Written by hand
 * (not a TaskQuery with variable filters) so they stay indexed and fast at 100k open tasks on MySQL.
 * Every statement filters by the reader's station scope in SQL.
 */
@Mapper
public interface InboxMapper {

  /** Tasks assigned to the user, overdue first, then by due date and age. */
  List<WorkItem> findAssigned(@Param("username") String username, @Param("scope") DataScope scope,
                              @Param("now") LocalDateTime now, @Param("offset") int offset,
                              @Param("limit") int limit);

  /** Unassigned tasks offered to one of the user's candidate groups. */
  List<WorkItem> findUnclaimed(@Param("groups") Collection<String> groups, @Param("scope") DataScope scope,
                               @Param("now") LocalDateTime now, @Param("offset") int offset,
                               @Param("limit") int limit);

  int countAssigned(@Param("username") String username, @Param("scope") DataScope scope);

  int countUnclaimed(@Param("groups") Collection<String> groups, @Param("scope") DataScope scope);

  /** countUnclaimed, counting no further than {@code cap}: bounded work for the large pools. */
  int countUnclaimedUpTo(@Param("groups") Collection<String> groups, @Param("scope") DataScope scope,
                         @Param("cap") int cap);

  /**
   * findUnclaimed for a small pool: joins and sorts every candidate task, which beats walking the task index
   * when few unclaimed tasks of the district belong to the pool.
   */
  List<WorkItem> findUnclaimedInSmallPool(@Param("groups") Collection<String> groups, @Param("scope") DataScope scope,
                                          @Param("now") LocalDateTime now, @Param("offset") int offset,
                                          @Param("limit") int limit);

  /** A task the user may work on: assigned to them, or a candidate of one of their groups; in scope. */
  Optional<WorkItem> findVisible(@Param("taskId") String taskId, @Param("username") String username,
                                 @Param("groups") Collection<String> groups, @Param("scope") DataScope scope);

  /** A task of a case in scope that has ended (for telling "already completed" from "not yours"). */
  int countEndedInScope(@Param("taskId") String taskId, @Param("scope") DataScope scope);

  /** Open tasks of a case, with who holds them. */
  List<WorkItem> findOpenForCase(@Param("caseId") Long caseId);

  /** Open tasks overdue since before the given time and not yet escalated, oldest due first. */
  List<WorkItem> findOverdueUnescalated(@Param("before") LocalDateTime before, @Param("limit") int limit);

  void insertEscalation(@Param("taskId") String taskId, @Param("caseId") Long caseId,
                        @Param("toGroup") String toGroup, @Param("at") LocalDateTime at);

  /** Open tasks escalated to one of the user's groups, in scope, whoever holds them. */
  List<WorkItem> findEscalated(@Param("groups") Collection<String> groups, @Param("scope") DataScope scope,
                               @Param("now") LocalDateTime now, @Param("offset") int offset,
                               @Param("limit") int limit);

  int countEscalated(@Param("groups") Collection<String> groups, @Param("scope") DataScope scope);

  /** Tasks the user completed lately. */
  List<DoneItem> findDone(@Param("username") String username, @Param("scope") DataScope scope,
                          @Param("limit") int limit);
}
