package id.slrt.core.outbox;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The bookkeeping every outbox table of a module shares: its rows ({@code id}, {@code
 * next_attempt_at}, {@code attempts}) are due when their next attempt has come, oldest first; a row
 * whose delivery failed is due again after 1, 2, 4 ... minutes, at most an hour. What a row holds
 * and how it is delivered is the module's.
 */
public final class OutboxRows {
  private OutboxRows() {}

  /** The ids of the rows of {@code table} due at {@code now}, the oldest first. */
  public static List<Long> due(EntityManager em, String table, Instant now, int max) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM " + table + " WHERE next_attempt_at <= ? ORDER BY id LIMIT ?")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, max)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** Puts a row whose delivery failed back, due again after a pause that grows with each try. */
  public static void postpone(EntityManager em, String table, long id, Instant now) {
    @SuppressWarnings("unchecked")
    List<Number> tries =
        em.createNativeQuery("SELECT attempts FROM " + table + " WHERE id = ?")
            .setParameter(1, id)
            .getResultList();
    em.createNativeQuery(
            "UPDATE " + table + " SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?")
        .setParameter(
            1, Timestamp.from(now.plus(pause(tries.isEmpty() ? 0 : tries.get(0).intValue()))))
        .setParameter(2, id)
        .executeUpdate();
  }

  /** The pause after {@code attempts} failed tries: 1, 2, 4 ... minutes, at most an hour. */
  static Duration pause(int attempts) {
    return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts, 6)));
  }
}
