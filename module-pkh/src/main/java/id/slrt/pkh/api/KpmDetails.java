package id.slrt.pkh.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A KPM as the facilitators and coordinators who may see it read it. The No. KK and the names are
 * intake's today, so a new KK shows at once.
 *
 * @param countedComponents how many components count today (at most four)
 * @param naturalGraduationDue active and no component remains: the system proposes ALAMIAH
 * @param warnings the warnings given for missing the attendance commitment, in order
 * @param nextWarning the warning the family would get next (null after the last)
 */
public record KpmDetails(
    long id,
    String participantNumber,
    int startYear,
    long householdId,
    String kk,
    long recipientPersonId,
    String recipientName,
    String villageCode,
    String groupCode,
    String facilitator,
    String status,
    String graduationType,
    LocalDate endedOn,
    String exitReason,
    String endNote,
    List<ComponentDetails> components,
    List<WarningDetails> warnings,
    String nextWarning,
    List<GraduateFollowUp> followUps,
    LocalDate stickerPlacedOn,
    int countedComponents,
    boolean naturalGraduationDue,
    long version) {

  /** A member's component and whether it counts today. */
  public record ComponentDetails(
      Long personId,
      String personName,
      String component,
      LocalDate from,
      LocalDate to,
      boolean inForce,
      boolean counted) {}

  /** A warning given for a payment period the family missed. */
  public record WarningDetails(
      String level,
      LocalDate periodFrom,
      LocalDate periodTo,
      LocalDate issuedOn,
      String issuedBy,
      String note) {}

  /** A follow-up of a graduated family. */
  public record GraduateFollowUp(
      int round, LocalDate on, String outcome, String note, String recordedBy, Long referralId) {}
}
