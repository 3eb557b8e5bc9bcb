package id.slrt.intake.api;

import java.time.Instant;
import java.util.List;

/**
 * A need as the API and the screens show it. For a sealed (violence) need seen by anyone but a
 * P2TP2A case manager, which happens only to the officer who has just recorded it, everything but
 * {@code id}, {@code category}, {@code status} and {@code sealed} is left out. {@code kind} need or
 * complaint, with its {@code program} and {@code channel}; {@code outcome} and {@code answer} once
 * closed.
 */
public record NeedDetails(
    long id,
    Long personId,
    Long householdId,
    String nik,
    String personName,
    String category,
    String pmks,
    String description,
    Boolean pregnant,
    Boolean fastTrack,
    List<String> priorityReasons,
    String status,
    boolean sealed,
    Instant recordedAt,
    String recordedBy,
    List<NeedHistoryEntry> history,
    long version,
    String kind,
    String program,
    String channel,
    String outcome,
    String answer) {

  /** One move of the need: from which status to which, when, by whom and why. */
  public record NeedHistoryEntry(String from, String to, String note, Instant at, String by) {}
}
