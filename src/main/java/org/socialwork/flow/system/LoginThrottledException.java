package org.socialwork.flow.system;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords from this client for this account: try again in {@link #seconds()}. */
public class LoginThrottledException extends AuthenticationException {

  private final long seconds;

  public LoginThrottledException(long seconds) {
    super("Too many attempts, try again in " + seconds + " s");
    this.seconds = seconds;
  }

  public long seconds() {
    return seconds;
  }
}
