package id.slrt.web;

import id.slrt.core.bootstrap.PlatformBootstrap;
import id.slrt.core.tenancy.TenantRegistry;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Looks every 15 seconds for districts registered since start-up ({@code ./slrt tenant add}) and
 * prepares them (migrations, regions, demo users), so a new district is usable without a redeploy
 * and without waiting for a first request to its path.
 */
@Singleton
public class TenantDiscovery {
  @Inject PlatformBootstrap platform;
  @Inject TenantRegistry registry;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void discover() {
    if (platform.isStarted()) {
      registry.activateNew();
    }
  }
}
