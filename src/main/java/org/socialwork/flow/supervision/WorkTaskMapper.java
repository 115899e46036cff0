package org.socialwork.flow.supervision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.tasklist.WorkItem;

/**
 * The open tasks of mentor-supervision, monthly-meeting and action-item, read through work_task_subject (their
 * business key, station and subject): those assigned to the reader or naming them as candidate, and those of the
 * reader's candidate groups within the reader's station scope (tasks of the district, station NULL, to any member).
 */
@Mapper
public interface WorkTaskMapper {

  void insertSubject(@Param("taskId") String taskId, @Param("processKey") String processKey,
                     @Param("businessKey") String businessKey, @Param("stationCode") String stationCode,
                     @Param("subject") String subject);

  List<WorkItem> findAssigned(@Param("username") String username, @Param("scope") DataScope scope);

  List<WorkItem> findUnclaimed(@Param("username") String username, @Param("groups") Collection<String> groups,
                               @Param("scope") DataScope scope);

  Optional<WorkItem> findVisible(@Param("taskId") String taskId, @Param("username") String username,
                                 @Param("groups") Collection<String> groups, @Param("scope") DataScope scope);

  List<org.socialwork.flow.tasklist.DoneItem> findDone(@Param("username") String username,
                                                      @Param("scope") DataScope scope, @Param("limit") int limit);

  int countEnded(@Param("taskId") String taskId, @Param("scope") DataScope scope);
}
