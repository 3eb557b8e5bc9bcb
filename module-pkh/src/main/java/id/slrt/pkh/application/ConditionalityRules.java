package id.slrt.pkh.application;

import id.slrt.pkh.domain.model.conditionality.ConditionalityRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** The district's conditionality rule (pkh V6 writes it; the defaults if a schema has none). */
final class ConditionalityRules {
  private ConditionalityRules() {}

  static ConditionalityRule of(EntityManager em) {
    ConditionalityRule rule = em.find(ConditionalityRule.class, ConditionalityRule.THE_RULE);
    return rule == null ? new ConditionalityRule() : rule;
  }

  /** The rule to change, locked against a second change at the same moment. */
  static ConditionalityRule forChange(EntityManager em) {
    ConditionalityRule rule =
        em.find(
            ConditionalityRule.class, ConditionalityRule.THE_RULE, LockModeType.PESSIMISTIC_WRITE);
    if (rule == null) {
      rule = new ConditionalityRule();
      em.persist(rule);
    }
    return rule;
  }
}
