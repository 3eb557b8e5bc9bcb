package id.slrt.core.audit;

import id.slrt.core.tenancy.PlatformDataSource;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Seals every district's new audit events (run every few seconds by the web module). */
@ApplicationScoped
public class AuditSealer {
  private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

  @Inject TenantRegistry registry;
  @Inject PlatformDataSource platform;

  public void sealAll() {
    for (Tenant tenant : registry.all()) {
      try {
        DataSource ds = InitialContext.doLookup(tenant.jndiName());
        AuditChain.seal(ds, platform.get(), tenant.slug());
      } catch (NamingException | java.sql.SQLException | RuntimeException e) {
        LOG.log(Level.WARNING, "Sealing the audit trail of " + tenant.slug() + " failed", e);
      }
    }
  }
}
