package id.slrt.core.idempotency;

import id.slrt.core.tenancy.TenantDb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The current tenant's stored answers to idempotent writes. A key is reserved in the transaction of
 * the write it guards and its answer stored there too, so that a write and its replay commit (or
 * vanish) together.
 */
@ApplicationScoped
public class IdempotencyRecords {
  /** How long a key is remembered. */
  public static final Duration RETENTION = Duration.ofHours(24);

  @Inject @TenantDb EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<IdempotencyRecord> find(String username, String key) {
    return em.createQuery(
            "SELECT r FROM IdempotencyRecord r WHERE r.username = :u AND r.key = :k"
                + " AND r.createdAt > :since",
            IdempotencyRecord.class)
        .setParameter("u", username)
        .setParameter("k", key)
        .setParameter("since", clock.instant().minus(RETENTION))
        .getResultStream()
        .findFirst();
  }

  /** Forgets expired keys (so that a key can be used again a day later). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forgetExpired() {
    em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.createdAt <= :before")
        .setParameter("before", clock.instant().minus(RETENTION))
        .executeUpdate();
  }

  /**
   * Takes the key inside the caller's transaction, the one the write will run in: a concurrent
   * request with the same key waits on the key's row lock until this transaction ends, then fails
   * here with a constraint violation and replays what this one recorded.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reserve(IdempotencyRecord reservation) {
    em.persist(reservation);
    em.flush();
  }

  /** Stores the answer in the reservation, in the transaction of the write. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void complete(
      String username, String key, int status, String location, String etag, String body) {
    em.createQuery(
            "SELECT r FROM IdempotencyRecord r WHERE r.username = :u AND r.key = :k",
            IdempotencyRecord.class)
        .setParameter("u", username)
        .setParameter("k", key)
        .getSingleResult()
        .complete(status, location, etag, body);
  }
}
