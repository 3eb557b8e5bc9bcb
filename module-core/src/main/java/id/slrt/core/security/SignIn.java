package id.slrt.core.security;

import id.slrt.core.audit.AuditTrail;
import id.slrt.core.logging.PersonalNumberMask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a username and password, for the API's {@code /auth/token}, the login screen and the
 * password change alike: throttled first (before any hashing), then the account, then the password.
 * Failures are logged with the username and address, never the password.
 */
@ApplicationScoped
public class SignIn {
  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject UserDirectory users;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottle throttle;
  @Inject AuditTrail audit;

  /** Verified against for unknown usernames, so that a miss costs as much time as a hit. */
  private volatile String decoyHash;

  public sealed interface Outcome {}

  /** The password is right and the account may work. */
  public record Success(UserAccount account) implements Outcome {}

  /** The password is right but is one-time or expired: it must be changed first. */
  public record PasswordChangeRequired(UserAccount account) implements Outcome {}

  /** Wrong username or password, or an inactive account (the caller cannot tell which). */
  public record Invalid() implements Outcome {}

  /** Too many failures: try again after the given time. */
  public record Throttled(Duration retryAfter) implements Outcome {}

  public Outcome check(String username, char[] password, String address) {
    String name = username == null ? "" : username.strip();
    Optional<Duration> wait = throttle.wait(name, address);
    if (wait.isPresent()) {
      LOG.warning(() -> "Sign-in of \"" + printable(name) + "\" from " + address + " throttled");
      return new Throttled(wait.get());
    }
    Optional<UserDirectory.Credentials> found = users.credentials(name);
    boolean valid;
    if (found.isEmpty() || !found.get().account().active()) {
      hasher.verify(password, decoy());
      valid = false;
    } else {
      valid = hasher.verify(password, found.get().passwordHash());
    }
    if (!valid) {
      throttle.failed(name, address);
      LOG.warning(() -> "Failed sign-in of \"" + printable(name) + "\" from " + address);
      // an existing account's district learns of it; a made-up name has no district
      found.ifPresent(
          c ->
              audit.recordAtTheDoor(
                  c.account().tenantSlug(), c.account().username(), address, "auth.signInRefused"));
      return new Invalid();
    }
    throttle.succeeded(name);
    UserAccount account = found.get().account();
    if (account.mustChangePassword()) {
      audit.recordAtTheDoor(
          account.tenantSlug(), account.username(), address, "auth.passwordChangeRequired");
      return new PasswordChangeRequired(account);
    }
    users.recordSignIn(account.id());
    audit.recordAtTheDoor(account.tenantSlug(), account.username(), address, "auth.signedIn");
    return new Success(account);
  }

  private String decoy() {
    String d = decoyHash;
    if (d == null) {
      d = hasher.hash("decoy-password-never-valid".toCharArray());
      decoyHash = d;
    }
    return d;
  }

  /**
   * A username as it may go into a log line: no line breaks, no control characters, short, and no
   * NIK (someone may type theirs into the username field).
   */
  static String printable(String s) {
    String p = PersonalNumberMask.mask(s.replaceAll("\\p{Cntrl}", "?"));
    return p.length() > 60 ? p.substring(0, 60) + "..." : p;
  }
}
