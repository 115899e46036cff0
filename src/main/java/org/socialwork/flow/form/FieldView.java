package org.socialwork.flow.form;

import java.util.List;

/**
 * One field ready for the Freemarker macro library: label and options in the reader's language, the value
 * to show and the message to show beside it (a file input: its {@code accept} hint and whether it takes several).
 * Templates only print these; they decide nothing.
 */
public record FieldView(String key, String type, String inputType, String label, String description,
                        boolean required, String value, List<String> values, List<OptionView> options,
                        String error, Integer minLength, Integer maxLength, String pattern, String min,
                        String max, String accept, boolean multiple) {

  public record OptionView(String value, String label, boolean selected) {
  }

  public boolean isHeading() {
    return "text".equals(type);
  }
}
