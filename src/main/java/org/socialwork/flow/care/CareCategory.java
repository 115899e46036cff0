package org.socialwork.flow.care;

/** A category of visit target (独居, 空巢, 困境儿童 …) with its default tier; {@code targetType} elder or child. */
public record CareCategory(String code, String nameZh, String nameEn, String targetType, String defaultTier, String personType,
                           int sortOrder) {

  public boolean child() {
    return "child".equals(targetType);
  }
}
