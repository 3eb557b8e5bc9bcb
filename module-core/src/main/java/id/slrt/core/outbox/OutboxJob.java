package id.slrt.core.outbox;

import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.tenancy.PeriodicJob;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantRegistry;
import id.slrt.core.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains a module's outbox: right after the transaction that wrote to it commits (the subclass
 * observes its event {@code during = AFTER_SUCCESS} and calls {@link #kick}), on the server's
 * executor, and every minute for what an earlier try left behind; always for an explicit district
 * and its system user. Each row is delivered by the subclass in a transaction of its own; a failure
 * postpones that row and goes on with the next. Log lines name the row id and the kind of failure
 * only, never what the row holds.
 */
public abstract class OutboxJob implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(OutboxJob.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedExecutorService executor;
  @Inject TenantRegistry registry;
  @Inject TenantRunner runner;

  /** The system user the rows are delivered as in {@code tenant}. */
  protected abstract AuthenticatedUser deliverer(Tenant tenant);

  /** The rows due, the oldest first. */
  protected abstract List<Long> due(int max);

  /** Delivers one row in a transaction of its own. */
  protected abstract void deliver(long id);

  /** Puts a failed row back for later, in a transaction of its own. */
  protected abstract void postpone(long id);

  /** Drains the district's outbox on the executor (the timer does it when that is refused). */
  protected void kick(String tenantSlug) {
    registry
        .find(tenantSlug)
        .ifPresent(
            tenant -> {
              try {
                executor.execute(() -> runFor(tenant));
              } catch (RuntimeException e) {
                LOG.log(
                    Level.WARNING,
                    () -> getClass().getSimpleName() + " of " + tenantSlug + " left to the timer");
              }
            });
  }

  @Override
  public Duration period() {
    return Duration.ofMinutes(1);
  }

  @Override
  public void runFor(Tenant tenant) {
    runner.run(tenant, deliverer(tenant), this::drain);
  }

  private void drain() {
    for (long id : due(BATCH)) {
      try {
        deliver(id);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            () ->
                getClass().getSimpleName()
                    + ": outbox row "
                    + id
                    + " not delivered ("
                    + e.getClass().getSimpleName()
                    + "); tried again later");
        // the failure's detail only where an operator asks for it (FINE)
        LOG.log(Level.FINE, "outbox row " + id, e);
        postpone(id);
      }
    }
  }
}
