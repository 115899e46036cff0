package org.socialwork.flow.casework;

import org.socialwork.flow.system.ConflictException;

/** The case is not in a stage that takes this record (e.g. a case note on a closed case): 409. */
public class CaseStageException extends ConflictException {

  public CaseStageException(String message) {
    super(message, message);
  }
}
