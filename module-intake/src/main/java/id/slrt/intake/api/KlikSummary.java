package id.slrt.intake.api;

import java.util.List;

/**
 * What a KLIK did: consultations in all, by sex, per desk and sex, and the follow-ups still open.
 * At the violence desk a count from 1 to 4 is shown as {@code "<5"} to all but P2TP2A case
 * managers, so counts there are numbers or that string.
 */
public record KlikSummary(
    long eventId,
    long consultations,
    long women,
    long men,
    List<DeskSummary> desks,
    long followUpsOpen) {

  /** One desk: {@code total}, {@code women}, {@code men} (numbers, or "<5" when suppressed). */
  public record DeskSummary(String desk, Object total, Object women, Object men) {}
}
