package org.socialwork.flow.casework;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReassignmentMapper {

  /** Open cases (not ended) of a worker at a station. */
  int countOpenCases(@Param("stationCode") String stationCode, @Param("worker") String worker);

  List<Long> findOpenCaseIds(@Param("stationCode") String stationCode, @Param("worker") String worker,
                             @Param("limit") int limit);

  /** Moves the case if it is still {@code from}'s; 1 when it moved, 0 when it was not (any more) {@code from}'s. */
  int reassignCase(@Param("caseId") Long caseId, @Param("from") String from, @Param("to") String to);

  /** Records that the hand-over moved the case (primary key: a case is moved once per hand-over). */
  void recordMoved(@Param("reassignmentId") Long reassignmentId, @Param("caseId") Long caseId,
                   @Param("node") String node, @Param("at") LocalDateTime at);

  /** Running process instances linked to the case. */
  List<String> findRunningProcesses(Long caseId);

  /** Inserts the row; its generated id lands in {@code id.value}. */
  void insert(@Param("r") Reassignment reassignment, @Param("id") GeneratedId id);

  /** Adds {@code moved} cases to the hand-over's progress. */
  void progress(@Param("id") Long id, @Param("moved") int moved);

  void finish(@Param("id") Long id, @Param("status") String status, @Param("message") String message,
              @Param("at") LocalDateTime at);

  Optional<Reassignment> find(Long id);

  /** Open cases of a station, whoever is responsible (a station with any cannot be closed). */
  int countOpenCasesAt(String stationCode);

  /** A person's open cases per station: rows of {@code station_code}, {@code n}. */
  List<java.util.Map<String, Object>> countOpenCasesOf(String worker);

  /** Receives a generated key from an insert of an immutable record. */
  final class GeneratedId {
    private Long value;

    public Long getValue() {
      return value;
    }

    public void setValue(Long value) {
      this.value = value;
    }
  }
}
