package id.slrt.intake.application;

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
 * Hands disclosures of violence over to P2TP2A: right after the recording transaction commits (on
 * the server's executor, as the district's system user "serah-terima"), and every minute for what
 * an earlier try left behind. A failure here never touches the officer's record, which committed
 * before. Log lines name outbox row ids only, never a person or a narrative.
 */
@ApplicationScoped
public class ViolenceHandOverSync implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(ViolenceHandOverSync.class.getName());
  private static final int BATCH = 100;

  @Resource ManagedExecutorService executor;
  @Inject TenantRegistry registry;
  @Inject TenantRunner runner;
  @Inject ViolenceOutboxDrainer drainer;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ViolenceOutbox.Noted event) {
    registry
        .find(event.tenant())
        .ifPresent(
            tenant -> {
              try {
                executor.execute(() -> runFor(tenant));
              } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Hand-over of " + tenant.slug() + " left to the timer", e);
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
        TenantRunner.systemUser("serah-terima", tenant, Set.of(Role.PETUGAS_PUSKESOS)),
        this::drain);
  }

  private void drain() {
    for (long id : drainer.due(BATCH)) {
      try {
        drainer.deliver(id);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            () ->
                "Violence hand-over row "
                    + id
                    + " not delivered ("
                    + e.getClass().getSimpleName()
                    + "); tried again later");
        drainer.postpone(id);
      }
    }
  }
}
