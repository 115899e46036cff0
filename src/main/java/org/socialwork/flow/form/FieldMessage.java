package org.socialwork.flow.form;

import java.util.List;

/** A message about one field, as a message-bundle code and its arguments, resolved in the reader's locale. */
public record FieldMessage(String code, List<Object> args) {

  public static FieldMessage of(String code, Object... args) {
    return new FieldMessage(code, List.of(args));
  }
}
