package id.slrt.referral.application;

import id.slrt.core.outbox.OutboxRows;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.intake.api.NeedFollowUp;
import id.slrt.referral.domain.model.referral.NeedVerdict;
import id.slrt.referral.domain.model.referral.Referral;
import id.slrt.referral.domain.model.referral.ReferralRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Delivers the outbox one row at a time, each in a transaction of its own: the need moved by intake
 * and the row deleted commit together. A row another server is delivering is skipped (SKIP LOCKED);
 * a failed delivery is tried again later, less and less often.
 */
@Stateless
// no REST door reaches it; it runs on the executor (with whatever caller context that carries)
// and on the scheduler (with none), always as the district's system user of TenantRunner
@PermitAll
public class NeedOutboxDrainer {
  @Inject @TenantDb EntityManager em;
  @Inject ReferralRepository referrals;
  @Inject NeedFollowUp needs;
  @Inject Clock clock;

  /** The rows due for delivery, the oldest first (at most {@code max}). */
  public List<Long> due(int max) {
    return OutboxRows.due(em, "referral_need_outbox", clock.instant(), max);
  }

  /**
   * Delivers one row, unless another server is delivering it or has done so.
   *
   * @return whether this call delivered it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliver(long id) {
    @SuppressWarnings("unchecked")
    List<Number> found =
        em.createNativeQuery(
                "SELECT need_id FROM referral_need_outbox WHERE id = ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, id)
            .getResultList();
    if (found.isEmpty()) {
      return false;
    }
    long needId = found.get(0).longValue();
    List<Referral> ofNeed = referrals.ofNeed(needId);
    NeedVerdict.of(ofNeed)
        .ifPresent(
            verdict -> {
              String services =
                  ofNeed.stream()
                      .map(Referral::serviceCode)
                      .distinct()
                      .collect(Collectors.joining(", "));
              if (verdict.open()) {
                needs.referred(needId, "Dirujuk: " + services);
              } else {
                needs.referralsClosed(
                    needId, verdict.closedAs().name(), "Rujukan selesai: " + services);
              }
            });
    em.createNativeQuery("DELETE FROM referral_need_outbox WHERE id = ?")
        .setParameter(1, id)
        .executeUpdate();
    return true;
  }

  /** Puts a row whose delivery failed back, due again after a pause that grows with each try. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void postpone(long id) {
    OutboxRows.postpone(em, "referral_need_outbox", id, clock.instant());
  }
}
