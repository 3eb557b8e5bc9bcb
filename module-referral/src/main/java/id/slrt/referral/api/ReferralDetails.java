package id.slrt.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as its reader may see it. An agency (MITRA_DINAS) sees only what its service needs:
 * the person's name, NIK (null while not yet matched), address and contact; {@code needId}, the
 * chain ({@code previousId}, {@code nextId}) and anything of the family's welfare stay null for it.
 *
 * @param address the family's address; null when the referral has a {@code contact}
 * @param phone the person's number; null when the referral has a {@code contact}
 * @param contact where the person is reached for this referral instead of at home (null when at
 *     home)
 * @param open still to be served: referred, accepted or in progress
 * @param overdue open and past its due date, worked out when read
 * @param referredAt when it was recorded
 * @param referredOn the day a paper referral was made when it was recorded on a later day (null
 *     when recorded the day it was made)
 * @param fastTrack due in the service's fast-track SLA
 * @param documents the service's checklist of documents to bring
 * @param issues what the agency issues when it serves the person ({@code NIK}, {@code KK}, civil
 *     documents): the numbers it may send with {@code issuedNik} and {@code issuedKk}
 * @param escalation the highest level of the district's chain the referral was raised to while
 *     overdue, and when (null when never, and always for an agency)
 * @param verivaliSuggested served by a service that changes the family's welfare situation: a
 *     verivali proposal (intake) is suggested (always false for an agency)
 * @param warnings only in the answer to the officer who refers: the service's conditions the person
 *     may not meet (null in every other answer)
 */
public record ReferralDetails(
    long id,
    String status,
    boolean open,
    boolean overdue,
    LocalDate dueDate,
    String serviceCode,
    String serviceName,
    String provider,
    long personId,
    long householdId,
    String nik,
    String personName,
    String dukcapilStatus,
    String address,
    String phone,
    String contact,
    Long needId,
    String reason,
    String outcome,
    Long previousId,
    Long nextId,
    Instant referredAt,
    LocalDate referredOn,
    String referredBy,
    List<HistoryEntry> history,
    long version,
    boolean fastTrack,
    List<String> documents,
    List<String> issues,
    Escalation escalation,
    boolean verivaliSuggested,
    List<EligibilityWarning> warnings,
    List<String> moves) {

  /** This referral with the warnings for the officer who made it. */
  public ReferralDetails withWarnings(List<EligibilityWarning> list) {
    return new ReferralDetails(
        id,
        status,
        open,
        overdue,
        dueDate,
        serviceCode,
        serviceName,
        provider,
        personId,
        householdId,
        nik,
        personName,
        dukcapilStatus,
        address,
        phone,
        contact,
        needId,
        reason,
        outcome,
        previousId,
        nextId,
        referredAt,
        referredOn,
        referredBy,
        history,
        version,
        fastTrack,
        documents,
        issues,
        escalation,
        verivaliSuggested,
        list,
        moves);
  }

  /** The warnings in the reader's language. */
  public ReferralDetails localized(java.util.Locale locale) {
    return warnings == null ? this : withWarnings(EligibilityWarning.localized(warnings, locale));
  }

  /** An escalation: PUSKESOS, KECAMATAN or KABUPATEN, raised on that day of the district. */
  public record Escalation(String level, java.time.LocalDate raisedOn) {}

  /** One move: from which status to which, the note, when and by whom. */
  public record HistoryEntry(String from, String to, String note, Instant at, String by) {}
}
