package id.slrt.referral.application;

import id.slrt.core.tenancy.PeriodicJob;
import id.slrt.core.tenancy.PlatformDataSource;
import id.slrt.core.tenancy.Tenant;
import id.slrt.referral.infrastructure.EscalationPass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Raises overdue referrals along the district's chain every quarter of an hour, as the district's
 * system user "eskalasi". With several servers, the pass's database lease lets one of them work
 * each round; the others skip it.
 */
@ApplicationScoped
public class EscalationJob implements PeriodicJob {
  private static final Logger LOG = Logger.getLogger(EscalationJob.class.getName());

  @Inject Clock clock;

  @Override
  public Duration period() {
    return Duration.ofMinutes(15);
  }

  @Override
  public void runFor(Tenant tenant) {
    LocalDate today = LocalDate.now(clock.withZone(tenant.zone()));
    try {
      EscalationPass.Result result =
          new EscalationPass(PlatformDataSource.lookup(tenant.jndiName()))
              .run(today, clock.instant(), EscalationPass.SYSTEM_USER);
      if (result.total() > 0) {
        LOG.info(
            () -> tenant.slug() + ": overdue referrals raised along the chain " + result.raised());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Escalation pass of " + tenant.slug() + " failed", e);
    }
  }
}
