package org.socialwork.flow.organization;

import java.time.LocalDateTime;

/** A person as the administration sees them: certification, whether a one-time password waits to be changed. */
public record PersonDetails(String username, String fullName, String phone, String certification, boolean active,
                            boolean mustChangePassword, LocalDateTime createdAt, LocalDateTime leftAt) {

  /** 持证社工 levels: 助理社工师, 社工师, 高级社工师. */
  public static final java.util.List<String> CERTIFICATIONS = java.util.List.of("ASSISTANT", "SOCIAL_WORKER",
      "SENIOR");
}
