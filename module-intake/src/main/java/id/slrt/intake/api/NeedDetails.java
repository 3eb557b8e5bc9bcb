package id.slrt.intake.api;

import java.time.Instant;
import java.util.List;

/**
 * A need as the API and the screens show it. For a sealed (violence) need seen by anyone but a
 * P2TP2A case manager, which happens only to the officer who has just recorded it, everything but
 * {@code category}, {@code status} and {@code sealed} is left out, and {@code id} is 0 (sealed
 * records number apart, below zero, and no one reads them through intake). {@code kind} need or
 * complaint, with its {@code program} and {@code channel}; {@code outcome} and {@code answer} once
 * closed. {@code handOverReference}: only in the answer to recording a disclosure of violence, the
 * reference under which it was passed on confidentially to P2TP2A.
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
    String answer,
    String handOverReference) {

  /**
   * The answer to the officer who has just recorded a disclosure of violence: it was passed on
   * confidentially to P2TP2A under this reference.
   */
  public NeedDetails handedOver(String reference) {
    return new NeedDetails(
        id,
        personId,
        householdId,
        nik,
        personName,
        category,
        pmks,
        description,
        pregnant,
        fastTrack,
        priorityReasons,
        status,
        sealed,
        recordedAt,
        recordedBy,
        history,
        version,
        kind,
        program,
        channel,
        outcome,
        answer,
        reference);
  }

  /** One move of the need: from which status to which, when, by whom and why. */
  public record NeedHistoryEntry(String from, String to, String note, Instant at, String by) {}
}
