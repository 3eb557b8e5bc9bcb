package id.slrt.intake.application;

import id.slrt.core.outbox.OutboxRows;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.intake.api.ViolenceHandOver;
import id.slrt.intake.api.ViolenceHandOverReceiver;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Hands the violence outbox over one row at a time, each in a transaction of its own: the case
 * opened and the row deleted commit together. A row another server is handing over is skipped (SKIP
 * LOCKED); a failed hand-over is tried again later, less and less often. Without a receiver
 * deployed, the rows wait.
 */
@Stateless
// no REST door reaches it; it runs on the executor and on the scheduler, always as the district's
// system user of TenantRunner
@PermitAll
public class ViolenceOutboxDrainer {
  @Inject @TenantDb EntityManager em;
  @Inject Instance<ViolenceHandOverReceiver> receivers;
  @Inject Clock clock;

  /** The rows due, the oldest first (at most {@code max}). */
  public List<Long> due(int max) {
    return OutboxRows.due(em, "intake_violence_outbox", clock.instant(), max);
  }

  /**
   * Hands one row over, unless another server is doing so or has done it.
   *
   * @return whether this call handed it over
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliver(long id) {
    if (!receivers.isResolvable()) {
      throw new IllegalStateException("No receiver of violence hand-overs is deployed");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "SELECT reference, source, channel, person_id, sex, village_code, reported_on,"
                    + " narrative, recorded_by FROM intake_violence_outbox WHERE id = ?"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, id)
            .getResultList();
    if (found.isEmpty()) {
      return false;
    }
    Object[] r = found.get(0);
    receivers
        .get()
        .receive(
            new ViolenceHandOver(
                (String) r[0],
                (String) r[1],
                (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(),
                (String) r[4],
                (String) r[5],
                day(r[6]),
                (String) r[7],
                (String) r[8]));
    em.createNativeQuery("DELETE FROM intake_violence_outbox WHERE id = ?")
        .setParameter(1, id)
        .executeUpdate();
    return true;
  }

  /** Puts a row whose hand-over failed back, due again after a pause that grows with each try. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void postpone(long id) {
    OutboxRows.postpone(em, "intake_violence_outbox", id, clock.instant());
  }

  private static LocalDate day(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
