package id.slrt.pkh.api;

import id.slrt.core.paging.PageRequest;

/**
 * P2K2 conditionality: the district's rule, each KPM's attendance per payment period against it,
 * and the warnings given to families that miss their commitment. A KPM outside the caller's PKH
 * scope answers as if it did not exist.
 */
public interface ConditionalityService {
  ConditionalityRuleDetails rule();

  /** The district admin changes the rule; it applies to every period assessed from then on. */
  ConditionalityRuleDetails changeRule(ConditionalityRuleDetails change);

  /**
   * The active KPM the caller sees, assessed for {@code period} (e.g. {@code 2026-P3}; default the
   * current one), optionally one group's, optionally only the flagged ones.
   */
  ComplianceReport compliance(
      String period, String groupCode, String flaggedOnly, PageRequest page);

  /** Gives the KPM its next warning for a period in which it missed its commitment. */
  KpmDetails warn(String participantNumber, IssueWarning warning);
}
