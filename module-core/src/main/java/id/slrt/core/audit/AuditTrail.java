package id.slrt.core.audit;

import id.slrt.core.security.CurrentUser;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Appends events to the current district's audit trail, inside the caller's transaction (or a
 * transaction of its own when there is none), unsealed: the {@link AuditSealer} chains them.
 * Nothing is written outside a district (a national monitor's calls have no district trail).
 */
@ApplicationScoped
public class AuditTrail {
  @Inject @TenantDb EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Inject AuditScope scope;

  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String action, String target) {
    if (tenantContext.current().isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "INSERT INTO audit_event (at, username, action, target, address, sealed_content)"
                + " VALUES (?,?,?,?,?,?)")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, currentUser.username())
        .setParameter(3, action.length() > 80 ? action.substring(0, 80) : action)
        .setParameter(4, target)
        .setParameter(5, currentUser.address())
        .setParameter(6, scope.takeSealed())
        .executeUpdate();
  }
}
