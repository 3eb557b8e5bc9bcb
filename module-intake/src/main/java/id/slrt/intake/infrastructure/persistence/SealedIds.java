package id.slrt.intake.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/**
 * Ids of sealed records, below zero, counted per table in {@code id_block} (intake V22) apart from
 * the table's own ids (which the entities take from {@code id_block} too): the ids everyone else
 * sees then carry on without a gap for each sealed record. The counter's row stays locked until the
 * recording transaction ends (sealed records are few; no other writer touches it), and a
 * rolled-back recording hands its number back.
 */
final class SealedIds {
  private SealedIds() {}

  /** The next sealed id of {@code name} ({@code need_sealed}, {@code klik_consultation_sealed}). */
  static long next(EntityManager em, String name) {
    int changed =
        em.createNativeQuery("UPDATE id_block SET last_id = last_id + 1 WHERE name = ?")
            .setParameter(1, name)
            .executeUpdate();
    if (changed != 1) {
      throw new IllegalStateException("id_block has no row for " + name);
    }
    Number last =
        (Number)
            em.createNativeQuery("SELECT last_id FROM id_block WHERE name = ?")
                .setParameter(1, name)
                .getSingleResult();
    return -last.longValue();
  }
}
