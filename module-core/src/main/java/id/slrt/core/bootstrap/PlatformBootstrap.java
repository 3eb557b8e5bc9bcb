package id.slrt.core.bootstrap;

import id.slrt.core.logging.PersonalNumberMask;
import id.slrt.core.region.Regions;
import id.slrt.core.security.DemoUsers;
import id.slrt.core.security.SigningKeys;
import id.slrt.core.tenancy.Migrations;
import id.slrt.core.tenancy.PlatformDataSource;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantPersistence;
import id.slrt.core.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up of the whole application, run once when the EAR is deployed: platform migrations, the
 * region table into memory, every module's migrations on every tenant schema, the token key and (in
 * demo mode) the demo users. A tenant that cannot be prepared is logged and skipped, so one
 * unreachable district never keeps the others down; it is retried on its first request.
 */
@ApplicationScoped
public class PlatformBootstrap {
  private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());

  @Inject PlatformDataSource platform;
  @Inject Regions regions;
  @Inject TenantPersistence persistence;
  @Inject TenantRegistry registry;
  @Inject SigningKeys signingKeys;
  @Inject DemoUsers demoUsers;

  private volatile boolean started;

  public boolean isStarted() {
    return started;
  }

  public synchronized void start(ClassLoader applicationClassLoader) {
    if (started) {
      return;
    }
    long begin = System.nanoTime();
    PersonalNumberMask.install();
    Migrations.migratePlatform(platform.get());
    regions.load();
    persistence.init(applicationClassLoader);
    signingKeys.tokenService();
    demoUsers.atStartUp();
    for (Tenant tenant : registry.all()) {
      try {
        registry.activate(tenant);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Tenant " + tenant.slug() + " could not be prepared", e);
      }
    }
    started = true;
    LOG.info(
        () ->
            "SLRT started: "
                + persistence.modules().size()
                + " modules, "
                + regions.catalog().size()
                + " regions, in "
                + (System.nanoTime() - begin) / 1_000_000
                + " ms");
  }
}
