package id.slrt.core.tenancy;

import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs background work (an import, a timer such as SLA escalation, an observer of another module's
 * event) for an explicit district as a named system user, in a request context of its own: the
 * work's queries reach that district only, and what it writes (the audit trail included) says who
 * did it. Time comes from the injected {@link java.time.Clock}, so tests can reason about it.
 */
@ApplicationScoped
public class TenantRunner {
  /** Usernames of system users start with this, so that no person can be mistaken for one. */
  public static final String SYSTEM_PREFIX = "sistem:";

  @Inject TenantContext tenants;
  @Inject CurrentUser currentUser;

  /**
   * The district's own name, in which district-wide users make referrals: the district office, a
   * P2TP2A case manager and anyone placed nowhere in particular all read alike to the families'
   * Puskesos and the agencies, so that no referral points back at a confidential case.
   */
  public static final String DISTRICT_NAME = SYSTEM_PREFIX + "kabupaten";

  /** The district acting in its own name (see {@link #DISTRICT_NAME}), as its administration. */
  public static AuthenticatedUser districtUser(Tenant tenant) {
    return AuthenticatedUser.system(DISTRICT_NAME, tenant.slug(), Set.of(Role.ADMIN_KABUPATEN));
  }

  /** A system user of a district, e.g. {@code system("impor", tenant, ...)}. */
  public static AuthenticatedUser systemUser(String name, Tenant tenant, Set<Role> roles) {
    return AuthenticatedUser.system(SYSTEM_PREFIX + name, tenant.slug(), roles);
  }

  @ActivateRequestContext
  public <T> T call(Tenant tenant, AuthenticatedUser user, Supplier<T> work) {
    if (!user.mayActFor(tenant.slug())) {
      throw new IllegalArgumentException(user.username() + " does not belong to " + tenant.slug());
    }
    tenants.enter(tenant);
    currentUser.runAs(user);
    return work.get();
  }

  // its own activation too: the call to call() below does not pass the bean's interceptors
  @ActivateRequestContext
  public void run(Tenant tenant, AuthenticatedUser user, Runnable work) {
    call(
        tenant,
        user,
        () -> {
          work.run();
          return null;
        });
  }
}
