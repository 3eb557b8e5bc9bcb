package id.slrt.intake.api;

import java.util.List;

/**
 * What a KLIK did: consultations in all, by sex, per desk and sex, and the follow-ups still open.
 * To all but P2TP2A case managers the violence desk shows its total only (a count from 1 to 4 as
 * {@code "<5"}, so counts there are numbers or that string), without women and men; {@code women}
 * and {@code men} leave that desk out, and {@code consultations} leaves it out when its count is
 * shown as "<5", so that no subtraction gives back a hidden count. {@code visitors}: people counted
 * once (registered on arrival, or served at a desk without registering), the violence desk apart;
 * {@code passedOnConfidentially}: how many were passed on to P2TP2A (a number, or "<5"), for the
 * summary to say so instead of leaving a visitor unexplained.
 */
public record KlikSummary(
    long eventId,
    long consultations,
    long women,
    long men,
    List<DeskSummary> desks,
    long followUpsOpen,
    long visitors,
    Object passedOnConfidentially) {

  /**
   * One desk: {@code total}, {@code women}, {@code men} (numbers; at the violence desk, for all but
   * case managers, a total that may be "<5" and no women or men).
   */
  public record DeskSummary(String desk, Object total, Object women, Object men) {}
}
