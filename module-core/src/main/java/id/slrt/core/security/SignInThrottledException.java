package id.slrt.core.security;

import id.slrt.core.error.BusinessException;
import java.time.Duration;

/** Too many failed sign-ins for this username or address: answered 429 with Retry-After. */
public class SignInThrottledException extends BusinessException {
  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  public SignInThrottledException(Duration retryAfter) {
    super("auth.throttled");
    this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
