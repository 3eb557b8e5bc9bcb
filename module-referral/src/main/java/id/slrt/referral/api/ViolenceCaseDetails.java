package id.slrt.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A violence case as its managers read it. {@code id} is the case's reference, random: no one can
 * count cases from it. {@code householdReachable} is false when the perpetrator lives in the
 * victim's family card: then nothing may go to the household's address or number, only to {@code
 * safeContact}. {@code consentSocialProtection} says whether a consent to social protection through
 * SLRT is in force today. {@code emergencyReads}: every time a district admin broke the glass to
 * read it.
 */
public record ViolenceCaseDetails(
    String id,
    String status,
    String channel,
    LocalDate reportedOn,
    String villageCode,
    VictimView victim,
    GuardianView guardian,
    List<String> violenceTypes,
    String perpetratorRelation,
    boolean perpetratorInSameKk,
    String safeContact,
    boolean householdReachable,
    String narrative,
    String simfoniNumber,
    List<String> managers,
    List<StepView> steps,
    List<ConsentView> consents,
    boolean consentSocialProtection,
    Instant openedAt,
    String openedBy,
    long version,
    List<EmergencyRead> emergencyReads) {

  /** A district admin's emergency read of the case ("break the glass"), with the reason given. */
  public record EmergencyRead(Instant at, String user, String reason) {}

  /**
   * The victim: a registered person (person id, NIK and name from intake), one known to P2TP2A only
   * (NIK and name), or anonymous (an alias at most).
   */
  public record VictimView(
      Long personId,
      String nik,
      String name,
      boolean anonymous,
      String alias,
      LocalDate birthDate,
      boolean child,
      String sex) {}

  public record GuardianView(String name, String relation) {}

  /** A step of the SOP done: which, when, the agency that served, notes, the referral it made. */
  public record StepView(
      long id,
      String step,
      String name,
      String phase,
      LocalDate doneOn,
      String agency,
      String notes,
      Long referralId,
      String referralService,
      String referralStatus,
      Instant recordedAt,
      String recordedBy) {}

  /** A consent: for what, to whom, from when until when, by whom; {@code inForce} today. */
  public record ConsentView(
      long id,
      String purpose,
      String recipient,
      LocalDate givenOn,
      LocalDate expiresOn,
      String givenBy,
      String giverName,
      String reason,
      LocalDate withdrawnOn,
      boolean inForce,
      Instant recordedAt,
      String recordedBy) {}
}
