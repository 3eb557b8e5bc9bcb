package id.slrt.referral.application;

import id.slrt.core.outbox.OutboxJob;
import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * Keeps needs in step with their referrals: drains the district's {@link NeedOutbox} right after a
 * referral's transaction commits, as the district's system user "rujukan", and every minute for
 * what an earlier try left behind.
 */
@ApplicationScoped
public class NeedSync extends OutboxJob {
  @Inject NeedOutboxDrainer drainer;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NeedOutbox.Changed event) {
    kick(event.tenant());
  }

  @Override
  protected AuthenticatedUser deliverer(Tenant tenant) {
    return TenantRunner.systemUser("rujukan", tenant, Set.of(Role.PETUGAS_PUSKESOS));
  }

  @Override
  protected List<Long> due(int max) {
    return drainer.due(max);
  }

  @Override
  protected void deliver(long id) {
    drainer.deliver(id);
  }

  @Override
  protected void postpone(long id) {
    drainer.postpone(id);
  }
}
