package id.slrt.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The user of the current request, as the authentication mechanism established it; or, for
 * background work (an import, a timer, an event observer), the system user that {@link
 * id.slrt.core.tenancy.TenantRunner} runs it as.
 */
@RequestScoped
public class CurrentUser {
  /** Request attribute under which the authentication mechanism leaves the caller. */
  public static final String ATTRIBUTE = "id.slrt.user";

  /** Request attribute under which the web layer leaves the caller's address. */
  public static final String ADDRESS = "id.slrt.address";

  @Inject Instance<HttpServletRequest> request;

  private AuthenticatedUser runningAs;

  /**
   * This request's servlet request, resolved once (a dynamic look-up each time cost Weld's time).
   */
  private HttpServletRequest servletRequest;

  /** For background work: who the work is done as, in this (activated) request context. */
  public void runAs(AuthenticatedUser user) {
    this.runningAs = user;
  }

  /**
   * Does {@code work} as {@code user} within the caller's request and transaction, then is the
   * caller again: for a step one use case takes in another's name (a P2TP2A case's referral made in
   * the district's name), so that what the step writes, the audit trail included, names that user.
   */
  public <T> T actingAs(AuthenticatedUser user, java.util.function.Supplier<T> work) {
    AuthenticatedUser before = runningAs;
    runningAs = user;
    try {
      return work.get();
    } finally {
      runningAs = before;
    }
  }

  public Optional<AuthenticatedUser> get() {
    if (runningAs != null) {
      return Optional.of(runningAs);
    }
    Object user = attribute(ATTRIBUTE);
    return user instanceof AuthenticatedUser u ? Optional.of(u) : Optional.empty();
  }

  /** The caller's username, as records keep who did what; "-" when nobody is signed in. */
  public String username() {
    return get().map(AuthenticatedUser::username).orElse("-");
  }

  /** The address the request came from, as the audit trail records it; null outside a request. */
  public String address() {
    if (runningAs != null) {
      // background work has no address, and work done in another's name must not carry the
      // address of the person behind it (a P2TP2A office's network, say)
      return null;
    }
    Object address = attribute(ADDRESS);
    return address instanceof String a ? a : null;
  }

  public boolean hasRole(Role role) {
    return get().map(u -> u.hasRole(role)).orElse(false);
  }

  private Object attribute(String name) {
    if (runningAs != null) {
      return null;
    }
    try {
      if (servletRequest == null) {
        servletRequest = request.get();
      }
      return servletRequest.getAttribute(name);
    } catch (RuntimeException e) {
      return null; // no servlet request: background work that runs as nobody
    }
  }
}
