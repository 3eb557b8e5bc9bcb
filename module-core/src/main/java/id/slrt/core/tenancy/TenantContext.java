package id.slrt.core.tenancy;

import id.slrt.core.error.NotFoundException;
import id.slrt.core.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The tenant of the current request. The REST layer enters it from the path after checking the
 * caller may act for it; for the screens it is the signed-in user's own district. Never taken from
 * anything the client can forge alone.
 */
@RequestScoped
public class TenantContext {
  @Inject CurrentUser currentUser;
  @Inject TenantRegistry registry;

  private Tenant tenant;

  public void enter(Tenant tenant) {
    this.tenant = tenant;
  }

  public Optional<Tenant> current() {
    if (tenant == null) {
      currentUser
          .get()
          .flatMap(u -> Optional.ofNullable(u.tenantSlug()))
          .flatMap(registry::find)
          .ifPresent(t -> tenant = t);
    }
    return Optional.ofNullable(tenant);
  }

  public Tenant require() {
    return current().orElseThrow(() -> new NotFoundException("tenant.notFound", "-"));
  }
}
