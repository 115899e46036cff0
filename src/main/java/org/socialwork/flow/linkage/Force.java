package org.socialwork.flow.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The five forces of 五社联动, in the order the view shows them; {@link #code()} is what the API and the table hold. */
public enum Force {
  /** 社区 */
  COMMUNITY,
  /** 社会组织 */
  ORGANIZATION,
  /** 社会工作者 */
  SOCIAL_WORKER,
  /** 社区志愿者 */
  VOLUNTEER,
  /** 社会慈善资源 */
  CHARITY;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Force> of(String code) {
    return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Force::code).toList();
  }
}
