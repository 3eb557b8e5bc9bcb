package id.slrt.intake.application;

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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM intake_violence_outbox WHERE next_attempt_at <= ? ORDER BY id"
                    + " LIMIT ?")
            .setParameter(1, Timestamp.from(clock.instant()))
            .setParameter(2, max)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
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
    @SuppressWarnings("unchecked")
    List<Number> tries =
        em.createNativeQuery("SELECT attempts FROM intake_violence_outbox WHERE id = ?")
            .setParameter(1, id)
            .getResultList();
    int n = tries.isEmpty() ? 0 : tries.get(0).intValue();
    // 1, 2, 4 ... minutes, at most an hour
    long minutes = Math.min(60, 1L << Math.min(n, 6));
    em.createNativeQuery(
            "UPDATE intake_violence_outbox SET attempts = attempts + 1, next_attempt_at = ?"
                + " WHERE id = ?")
        .setParameter(1, Timestamp.from(clock.instant().plus(Duration.ofMinutes(minutes))))
        .setParameter(2, id)
        .executeUpdate();
  }

  private static LocalDate day(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
