package id.slrt.core.security;

import jakarta.security.enterprise.CallerPrincipal;

/** The caller principal, carrying the whole {@link AuthenticatedUser}. */
public class SlrtPrincipal extends CallerPrincipal {
  private static final long serialVersionUID = 1L;

  private final AuthenticatedUser user;

  public SlrtPrincipal(AuthenticatedUser user) {
    super(user.username());
    this.user = user;
  }

  public AuthenticatedUser user() {
    return user;
  }
}
