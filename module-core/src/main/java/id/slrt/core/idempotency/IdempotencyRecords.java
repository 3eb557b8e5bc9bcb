package id.slrt.core.idempotency;

import id.slrt.core.tenancy.TenantDb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The current tenant's stored answers to idempotent writes. Each call runs in a transaction of its
 * own: the answer is recorded only after the write it answers has committed.
 */
@ApplicationScoped
public class IdempotencyRecords {
  /** How long a key is remembered. */
  public static final Duration RETENTION = Duration.ofHours(24);

  @Inject @TenantDb EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<IdempotencyRecord> find(String username, String key) {
    return em.createQuery(
            "SELECT r FROM IdempotencyRecord r WHERE r.username = :u AND r.key = :k"
                + " AND r.createdAt > :since",
            IdempotencyRecord.class)
        .setParameter("u", username)
        .setParameter("k", key)
        .setParameter("since", Instant.now().minus(RETENTION))
        .getResultStream()
        .findFirst();
  }

  /**
   * Records the answer and forgets expired ones. Fails with a constraint violation if a concurrent
   * retry with the same key recorded its answer first.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void save(IdempotencyRecord record) {
    em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.createdAt <= :before")
        .setParameter("before", Instant.now().minus(RETENTION))
        .executeUpdate();
    em.persist(record);
  }
}
