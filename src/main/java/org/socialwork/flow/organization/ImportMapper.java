package org.socialwork.flow.organization;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The import jobs and their stored rows (tables import_job, import_row). */
@Mapper
interface ImportMapper {

  record StoredRow(int seq, String sheet, int rowNo, String cells) {
  }

  void insertJob(@Param("id") String id, @Param("filename") String filename, @Param("total") int total,
                 @Param("startedBy") String startedBy, @Param("createdAt") LocalDateTime createdAt,
                 @Param("leaseUntil") LocalDateTime leaseUntil, @Param("kind") String kind,
                 @Param("scope") String scope);

  void insertRow(@Param("jobId") String jobId, @Param("seq") int seq, @Param("sheet") String sheet,
                 @Param("rowNo") int rowNo, @Param("cells") String cells);

  Optional<ImportJob> findJob(String id);

  /** The newest jobs of a kind, of the given scopes (null: all). */
  List<ImportJob> recentJobs(@Param("kind") String kind, @Param("scopes") List<String> scopes,
                             @Param("limit") int limit);

  /** Takes a job whose lease is free or ran out; 1 when this node got it. */
  int claim(@Param("id") String id, @Param("now") LocalDateTime now, @Param("until") LocalDateTime until);

  List<String> resumable(LocalDateTime now);

  List<StoredRow> rowsAfter(@Param("jobId") String jobId, @Param("done") int done, @Param("limit") int limit);

  void advance(@Param("id") String id, @Param("done") int done, @Param("changed") int changed,
               @Param("until") LocalDateTime until);

  void finish(@Param("id") String id, @Param("status") String status, @Param("problem") String problem,
              @Param("now") LocalDateTime now);

  /** Tests only: what a node that stopped midway leaves behind once its lease ran out. */
  void expireLease(@Param("id") String id, @Param("until") LocalDateTime until);
}
