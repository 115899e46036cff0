package org.socialwork.flow.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.socialwork.flow.organization.StaffMember;

/**
 * Credentials the engine verified a moment ago, so that a script sending HTTP Basic on every call costs one salted
 * SHA-256 in memory instead of the engine's password check and the staff lookup (an engine command, four queries and
 * the engine's hash: about 6 % of the server's CPU under the load test, see docs/benchmarks.md) on every request.
 *
 * <p>Only a success is kept, per user: a digest of the password with a random salt of this process (the password
 * itself is never kept), the staff member and an expiry {@code socialwork.login.verified-ttl} later (default 30 s;
 * {@code PT0S} turns it off). A different password is never answered from here: it goes to the engine and, if wrong,
 * counts against the throttle as before. A deactivated account or changed roles take effect at the next request all
 * the same ({@code organization.AccountGate} reads them on every request). A password set through the application (own
 * change, reset, leaving) is forgotten at once on this node ({@code organization.PasswordChanged}); on another node,
 * or set around the application (Camunda's admin webapp, {@code /engine-rest}), the old one may go on working over
 * HTTP Basic for at most the expiry, where it was verified within it.
 */
final class VerifiedCredentials {

  private static final int MAX_ENTRIES = 10_000;

  private record Entry(byte[] digest, StaffMember member, long expiresAtNanos) {
  }

  private final long ttlNanos;
  private final LongSupplier nanoTime;
  private final byte[] salt = new byte[16];
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  VerifiedCredentials(Duration ttl, LongSupplier nanoTime) {
    this.ttlNanos = ttl.isNegative() ? 0 : ttl.toNanos();
    this.nanoTime = nanoTime;
    new SecureRandom().nextBytes(salt);
  }

  boolean enabled() {
    return ttlNanos > 0;
  }

  /** The staff member whose password this is, if the engine verified exactly this password within the expiry. */
  Optional<StaffMember> verified(String username, String password) {
    if (!enabled()) {
      return Optional.empty();
    }
    Entry e = entries.get(username);
    if (e == null) {
      return Optional.empty();
    }
    if (nanoTime.getAsLong() - e.expiresAtNanos() >= 0) {
      entries.remove(username, e);
      return Optional.empty();
    }
    return MessageDigest.isEqual(e.digest(), digest(username, password)) ? Optional.of(e.member()) : Optional.empty();
  }

  /** The engine has just accepted this password for this member. */
  void remember(String username, String password, StaffMember member) {
    if (!enabled()) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(username, new Entry(digest(username, password), member, nanoTime.getAsLong() + ttlNanos));
  }

  /** Its password was set anew or the user removed. */
  void forget(String username) {
    if (username != null) {
      entries.remove(username);
    }
  }

  private byte[] digest(String username, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
