package id.slrt.core.audit;

import id.slrt.core.security.CurrentUser;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

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
  @Inject TenantRegistry registry;

  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String action, String target) {
    if (tenantContext.current().isEmpty()) {
      return;
    }
    insert(currentUser.username(), currentUser.address(), action, target, scope.takeSealed());
  }

  /**
   * Records what happened at the door, before anyone is signed in (a sign-in, a failed one, a
   * password change), in the trail of the account's district, in a transaction of its own so that a
   * refused sign-in is recorded too. A national account (no district) has no trail to write to.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAtTheDoor(String tenantSlug, String username, String address, String action) {
    Optional<Tenant> tenant = tenantSlug == null ? Optional.empty() : registry.find(tenantSlug);
    if (tenant.isEmpty()) {
      return;
    }
    Tenant before = tenantContext.current().orElse(null);
    tenantContext.enter(tenant.get());
    try {
      insert(username, address, action, username, false);
    } finally {
      tenantContext.enter(before);
    }
  }

  private void insert(
      String username, String address, String action, String target, boolean sealedContent) {
    em.createNativeQuery(
            "INSERT INTO audit_event (at, username, action, target, address, sealed_content)"
                + " VALUES (?,?,?,?,?,?)")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, username)
        .setParameter(3, action.length() > 80 ? action.substring(0, 80) : action)
        .setParameter(4, target)
        .setParameter(5, address)
        .setParameter(6, sealedContent)
        .executeUpdate();
  }
}
