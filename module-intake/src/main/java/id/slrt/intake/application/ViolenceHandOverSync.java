package id.slrt.intake.application;

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
 * Hands disclosures of violence over to P2TP2A: right after the recording transaction commits, as
 * the district's system user "serah-terima", and every minute for what an earlier try left behind.
 * A failure here never touches the officer's record, which committed before.
 */
@ApplicationScoped
public class ViolenceHandOverSync extends OutboxJob {
  @Inject ViolenceOutboxDrainer drainer;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ViolenceOutbox.Noted event) {
    kick(event.tenant());
  }

  @Override
  protected AuthenticatedUser deliverer(Tenant tenant) {
    return TenantRunner.systemUser("serah-terima", tenant, Set.of(Role.PETUGAS_PUSKESOS));
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
