package org.socialwork.flow.audit;

/**
 * How the audit pages show a user name as the person's name. Implemented by the organisation module (which writes to
 * the audit log itself), so the audit module depends on no feature and the two form no cycle.
 */
public interface PersonNames {

  /** The person's full name, or the user name itself when nobody of that name is known. */
  String nameOf(String username);
}
