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

  void reassignCase(@Param("caseId") Long caseId, @Param("from") String from, @Param("to") String to);

  /** Running process instances linked to the case. */
  List<String> findRunningProcesses(Long caseId);

  /** Inserts the row; its generated id lands in {@code id.value}. */
  void insert(@Param("r") Reassignment reassignment, @Param("id") GeneratedId id);

  void progress(@Param("id") Long id, @Param("done") int done);

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
