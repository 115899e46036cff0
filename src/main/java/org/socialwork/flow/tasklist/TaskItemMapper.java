package org.socialwork.flow.tasklist;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/**
 * The task projection: {@code task_item} (one row per open user task), {@code task_item_candidate},
 * {@code task_done}. Written only by {@link TaskProjection} (and {@link OverdueEscalation}'s mark); read by the
 * inbox, the task page, {@code /api/tasks} and escalation. Every read for a person filters by station scope in SQL.
 * Each tab's statement follows an index in its order (docs/tasks.md).
 */
@Mapper
public interface TaskItemMapper {

  // ---------------------------------------------------------------- reads for people

  List<WorkItem> findAssigned(@Param("username") String username, @Param("filter") TaskFilter filter,
                              @Param("now") LocalDateTime now, @Param("offset") int offset,
                              @Param("limit") int limit);

  /** The counts read at most {@code countLimit} entries and answer at most that (see {@link Inbox#COUNT_CAP}). */
  int countAssigned(@Param("username") String username, @Param("filter") TaskFilter filter,
                    @Param("now") LocalDateTime now, @Param("countLimit") int countLimit);

  List<WorkItem> findUnclaimed(@Param("username") String username, @Param("groups") Collection<String> groups,
                               @Param("scope") DataScope scope, @Param("filter") TaskFilter filter,
                               @Param("now") LocalDateTime now, @Param("offset") int offset,
                               @Param("limit") int limit);

  int countUnclaimed(@Param("username") String username, @Param("groups") Collection<String> groups,
                     @Param("scope") DataScope scope, @Param("filter") TaskFilter filter,
                     @Param("now") LocalDateTime now, @Param("countLimit") int countLimit);

  List<WorkItem> findEscalated(@Param("groups") Collection<String> groups, @Param("scope") DataScope scope,
                               @Param("filter") TaskFilter filter, @Param("now") LocalDateTime now,
                               @Param("offset") int offset, @Param("limit") int limit);

  int countEscalated(@Param("groups") Collection<String> groups, @Param("scope") DataScope scope,
                     @Param("filter") TaskFilter filter, @Param("now") LocalDateTime now,
                     @Param("countLimit") int countLimit);

  List<DoneItem> findDone(@Param("username") String username, @Param("scope") DataScope scope,
                          @Param("offset") int offset, @Param("limit") int limit);

  int countDone(@Param("username") String username, @Param("scope") DataScope scope,
                @Param("countLimit") int countLimit);

  /** A task the user may work on: assigned to them, named as a candidate, or a candidate by group within scope. */
  Optional<WorkItem> findVisible(@Param("taskId") String taskId, @Param("username") String username,
                                 @Param("groups") Collection<String> groups, @Param("scope") DataScope scope);

  /** Whether the task was completed (for 409 rather than 404), within scope. */
  int countDoneInScope(@Param("taskId") String taskId, @Param("scope") DataScope scope);

  /** Whether an instance has an open task of that key (assigned to {@code username} when given). */
  int countOpen(@Param("processInstanceId") String processInstanceId, @Param("taskKey") String taskKey,
                @Param("username") String username);

  /** The process keys of the open tasks a person could see, for the filter on the inbox page. */
  List<String> findProcessKeys();

  // ---------------------------------------------------------------- the projection's writes

  Optional<TaskItemRow> findRow(String taskId);

  List<TaskItemRow.Candidate> findCandidates(String taskId);

  void insertRow(TaskItemRow row);

  void insertCandidate(@Param("taskId") String taskId, @Param("c") TaskItemRow.Candidate candidate,
                       @Param("row") TaskItemRow row);

  void deleteCandidates(String taskId);

  void updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

  void updateCandidatesAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

  void updateDue(@Param("taskId") String taskId, @Param("due") LocalDateTime due,
                 @Param("dueSort") LocalDateTime dueSort);

  void updateCandidatesDue(@Param("taskId") String taskId, @Param("dueSort") LocalDateTime dueSort);

  void updateName(@Param("taskId") String taskId, @Param("name") String name);

  int deleteRow(String taskId);

  void insertDone(@Param("row") TaskItemRow row, @Param("username") String username,
                  @Param("ended") LocalDateTime ended);

  // ---------------------------------------------------------------- drafts

  Optional<TaskDrafts.Draft> findDraft(@Param("taskId") String taskId, @Param("username") String username);

  int updateDraft(@Param("taskId") String taskId, @Param("username") String username,
                  @Param("savedAt") LocalDateTime savedAt, @Param("valuesJson") String valuesJson);

  void insertDraft(@Param("taskId") String taskId, @Param("username") String username,
                   @Param("savedAt") LocalDateTime savedAt, @Param("valuesJson") String valuesJson);

  int deleteDraftsOf(@Param("taskId") String taskId);

  // ---------------------------------------------------------------- escalation

  /** Open tasks due before the given time and not yet escalated, oldest due first. */
  List<WorkItem> findOverdueUnescalated(@Param("before") LocalDateTime before, @Param("limit") int limit);

  /** Marks the task escalated unless it already is; 1 when this call marked it. */
  int markEscalated(@Param("taskId") String taskId, @Param("group") String group, @Param("at") LocalDateTime at);

  // ---------------------------------------------------------------- back-fill

  List<String> findOpenTaskIdsWithoutRow(@Param("limit") int limit);

  int deleteRowsOfEndedTasks();

  int deleteCandidatesOfEndedTasks();

  int carryOldEscalations();

  int countAllDone();

  int copyDoneFromHistory();
}
