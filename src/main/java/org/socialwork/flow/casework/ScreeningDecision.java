package org.socialwork.flow.casework;

import java.util.Locale;

/** 初步判断 of a screened intake: the form values accept / refer / decline. */
public enum ScreeningDecision {
  ACCEPT, REFER, DECLINE;

  public static ScreeningDecision of(String formValue) {
    return valueOf(formValue.toUpperCase(Locale.ROOT));
  }

  public String formValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
