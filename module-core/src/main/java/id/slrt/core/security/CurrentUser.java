package id.slrt.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The user of the current request, as the authentication mechanism established it. */
@RequestScoped
public class CurrentUser {
  /** Request attribute under which the authentication mechanism leaves the caller. */
  public static final String ATTRIBUTE = "id.slrt.user";

  @Inject HttpServletRequest request;

  public Optional<AuthenticatedUser> get() {
    Object user = request.getAttribute(ATTRIBUTE);
    return user instanceof AuthenticatedUser u ? Optional.of(u) : Optional.empty();
  }

  /** The caller's username, as records keep who did what; "-" when nobody is signed in. */
  public String username() {
    return get().map(AuthenticatedUser::username).orElse("-");
  }

  public boolean hasRole(Role role) {
    return get().map(u -> u.hasRole(role)).orElse(false);
  }
}
