package id.slrt.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import id.slrt.core.audit.AuditSealer;
import id.slrt.core.bootstrap.PlatformBootstrap;
import id.slrt.core.logging.PersonalNumberMask;
import id.slrt.core.tenancy.PeriodicJob;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the platform when the web module comes up (its class loader sees every module of the EAR,
 * which the tenants' persistence units need), then looks every 15 seconds for districts added since
 * ({@code ./slrt tenant add}) and prepares them, so a new district is usable without a redeploy or
 * a first request to its path.
 *
 * <p>A managed scheduled executor rather than an EJB timer: an EJB timer in the WAR made Payara
 * fail to load the application when the server restarted with it deployed ("web container has not
 * yet been started").
 */
@ApplicationScoped
public class WebBootstrap {
  private static final Logger LOG = Logger.getLogger(WebBootstrap.class.getName());

  @Inject PlatformBootstrap platform;
  @Inject TenantRegistry registry;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject AuditSealer auditSealer;

  @Inject Instance<PeriodicJob> jobs;

  private ScheduledFuture<?> discovery;
  private ScheduledFuture<?> sealing;
  private final List<ScheduledFuture<?>> moduleJobs = new ArrayList<>();

  void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    platform.start(Thread.currentThread().getContextClassLoader());
    discovery = scheduler.scheduleWithFixedDelay(this::discover, 15, 15, TimeUnit.SECONDS);
    // new audit events join their district's hash chain within seconds
    sealing = scheduler.scheduleWithFixedDelay(auditSealer::sealAll, 5, 5, TimeUnit.SECONDS);
    for (PeriodicJob job : jobs) {
      long seconds = Math.max(1, job.period().toSeconds());
      moduleJobs.add(
          scheduler.scheduleWithFixedDelay(() -> runEverywhere(job), seconds, seconds, SECONDS));
    }
  }

  private void runEverywhere(PeriodicJob job) {
    for (Tenant tenant : registry.all()) {
      try {
        job.runFor(tenant);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            e,
            () -> job.getClass().getSimpleName() + " failed in " + tenant.slug() + "; next period");
      }
    }
  }

  private void discover() {
    try {
      registry.activateNew();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Looking for new districts failed; trying again in 15 s", e);
    }
  }

  @PreDestroy
  void stop() {
    if (discovery != null) {
      discovery.cancel(false);
    }
    if (sealing != null) {
      sealing.cancel(false);
    }
    moduleJobs.forEach(f -> f.cancel(false));
    PersonalNumberMask.uninstall();
  }
}
