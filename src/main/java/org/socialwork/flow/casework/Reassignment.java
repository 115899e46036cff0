package org.socialwork.flow.casework;

import java.time.LocalDateTime;

/** A bulk hand-over of one worker's open cases to a colleague, and how far it has got. */
public record Reassignment(Long id, String stationCode, String fromWorker, String toWorker, int total, int done,
                           String status, String message, String startedBy, LocalDateTime startedAt,
                           LocalDateTime finishedAt) {

  static final String RUNNING = "RUNNING";
  static final String DONE = "DONE";
  static final String FAILED = "FAILED";

  public int percent() {
    return total == 0 ? 100 : Math.min(100, done * 100 / total);
  }

  public boolean running() {
    return RUNNING.equals(status);
  }
}
