package org.socialwork.flow.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a linkage is about: a funded venture project, a volunteer activity, a care-visit pairing. */
public enum SubjectKind {
  VENTURE,
  ACTIVITY,
  PAIRING;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SubjectKind> of(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(SubjectKind::code).toList();
  }
}
