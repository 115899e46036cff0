package org.socialwork.flow.library;

import java.time.LocalDateTime;

/** One entry of the social resource library (社会资源库); {@code stationCode} null = the whole district. */
public record Resource(Long id, String dimension, String name, String description, String contact,
                       String stationCode, boolean active, String createdBy, LocalDateTime createdAt) {

  /** The six dimensions of the seed's resource library: 人 文 地 产 景 治. */
  public static final java.util.List<String> DIMENSIONS =
      java.util.List.of("people", "culture", "place", "industry", "scenery", "governance");
}
