package id.slrt.core.tenancy;

import java.time.Duration;

/**
 * Background work a module contributes without editing shared code: every CDI bean implementing
 * this is run by the web layer's scheduler every {@link #period()}, for each district in turn. The
 * job runs for that district as the system user it names (see {@link TenantRunner}); a failure is
 * logged and the job runs again next period. Several servers may run the same job at the same time:
 * a job claims its work in the database (row locks, a lease), never in memory.
 */
public interface PeriodicJob {
  /** How long between two runs. */
  Duration period();

  /** Runs the job for the district the caller has entered. */
  void runFor(Tenant tenant);
}
