package id.slrt.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;

/** Brings one tenant's schema up to date on this server, then announces it as ready. */
@ApplicationScoped
public class TenantPreparation {
  @Inject PlatformDataSource platform;
  @Inject TenantPersistence persistence;
  @Inject Event<TenantActivated> activated;

  public void prepare(Tenant tenant) {
    List<TenantModule> modules = persistence.modules();
    try {
      new TenantProvisioner(platform.get())
          .prepareSchema(tenant, PlatformDataSource.lookup(tenant.jndiName()), modules);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the schema of tenant " + tenant.slug(), e);
    }
    activated.fire(new TenantActivated(tenant));
  }
}
