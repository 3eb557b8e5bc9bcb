package id.slrt.core.security;

import id.slrt.core.error.BusinessException;

/** Wrong username or password (or an inactive account, which the caller cannot tell): 401. */
public class InvalidCredentialsException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public InvalidCredentialsException() {
    super("auth.invalidCredentials");
  }
}
