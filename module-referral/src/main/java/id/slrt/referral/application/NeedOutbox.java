package id.slrt.referral.application;

import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Notes, in the referral's own transaction, that a need's referrals changed; once that transaction
 * has committed, {@link NeedSync} tells intake (and tries again later when that fails).
 */
@ApplicationScoped
public class NeedOutbox {
  /** Fired with the district's slug; observed after the transaction commits. */
  public record Changed(String tenant) {}

  @Inject @TenantDb EntityManager em;
  @Inject TenantContext tenants;
  @Inject Clock clock;
  @Inject Event<Changed> changed;

  public void note(long needId) {
    Timestamp now = Timestamp.from(clock.instant());
    em.createNativeQuery(
            "INSERT INTO referral_need_outbox (need_id, created_at, next_attempt_at)"
                + " VALUES (?, ?, ?)")
        .setParameter(1, needId)
        .setParameter(2, now)
        .setParameter(3, now)
        .executeUpdate();
    changed.fire(new Changed(tenants.require().slug()));
  }

  static Timestamp at(Instant instant) {
    return Timestamp.from(instant);
  }
}
