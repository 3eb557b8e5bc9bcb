package id.slrt.pkh.api;

/**
 * The district's P2K2 conditionality rule.
 *
 * @param periodMonths a payment period's length: 1, 2, 3, 4, 6 or 12 months
 * @param minimumPercent the least share of expected sessions a family attends to meet its
 *     commitment (an excused absence, IZIN, is not expected)
 * @param flagAfterPeriods a family missing its commitment this many periods in a row is flagged
 * @param forcedExitAllowed whether the district ends a membership for non-compliance (after the
 *     three warnings)
 * @param currentPeriod the period today falls in, e.g. 2026-P4 (read only)
 */
public record ConditionalityRuleDetails(
    Integer periodMonths,
    Integer minimumPercent,
    Integer flagAfterPeriods,
    Boolean forcedExitAllowed,
    String currentPeriod,
    Long version) {}
