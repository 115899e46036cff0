package org.socialwork.flow.organization;

/** No station or person with that code or user name. */
public class OrganizationNotFoundException extends RuntimeException {

  public OrganizationNotFoundException(String what) {
    super("No station or person " + what);
  }
}
