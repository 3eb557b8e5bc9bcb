package id.slrt.pkh.api;

import id.slrt.core.paging.Page;
import java.time.LocalDate;
import java.util.List;

/**
 * The active KPM the caller sees, assessed for one payment period.
 *
 * @param kpm how many were assessed (before paging, after the group filter)
 * @param compliant how many met their commitment in the period
 * @param flagged how many missed it in each of the rule's last periods in a row
 * @param groups the same totals per group
 */
public record ComplianceReport(
    String period,
    LocalDate from,
    LocalDate to,
    int minimumPercent,
    int flagAfterPeriods,
    long kpm,
    long compliant,
    long flagged,
    List<GroupCompliance> groups,
    Page<KpmCompliance> items) {

  /** One group's totals in the period. */
  public record GroupCompliance(String groupCode, long kpm, long compliant, long flagged) {}

  /**
   * One KPM in the period.
   *
   * @param percent present of expected sessions, null when none was expected
   * @param warnings the warnings given so far, in order
   * @param nextWarning the warning it would get next, null after the last
   */
  public record KpmCompliance(
      String participantNumber,
      String recipientName,
      String groupCode,
      int present,
      int excused,
      int absent,
      Integer percent,
      boolean compliant,
      boolean flagged,
      List<String> warnings,
      String nextWarning) {}
}
