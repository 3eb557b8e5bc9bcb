package id.slrt.referral.application;

import id.slrt.core.security.Role;
import id.slrt.core.tenancy.PeriodicJob;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantRegistry;
import id.slrt.core.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps needs in step with their referrals: drains the district's {@link NeedOutbox} right after a
 * referral's transaction commits (on the server's executor, as the district's system user
 * "rujukan"), and every minute for what an earlier try left behind.
 */
@ApplicationScoped
public class NeedSync implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(NeedSync.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedExecutorService executor;
  @Inject TenantRegistry registry;
  @Inject TenantRunner runner;
  @Inject NeedOutboxDrainer drainer;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NeedOutbox.Changed event) {
    registry
        .find(event.tenant())
        .ifPresent(
            tenant -> {
              try {
                executor.execute(() -> runFor(tenant));
              } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Need sync of " + tenant.slug() + " left to the timer", e);
              }
            });
  }

  @Override
  public Duration period() {
    return Duration.ofMinutes(1);
  }

  @Override
  public void runFor(Tenant tenant) {
    runner.run(
        tenant,
        TenantRunner.systemUser("rujukan", tenant, Set.of(Role.PETUGAS_PUSKESOS)),
        this::drain);
  }

  private void drain() {
    for (long id : drainer.due(BATCH)) {
      try {
        drainer.deliver(id);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, e, () -> "Need outbox row " + id + " not delivered; tried again later");
        drainer.postpone(id);
      }
    }
  }
}
