package id.slrt.referral.api;

import java.util.List;

/**
 * A violence case opened by a P2TP2A case manager (API.md {@code POST /violence-cases}). The victim
 * by NIK, by person id, or anonymous; {@code consentSocialProtection} records the victim's (or a
 * child's guardian's) consent to social protection through SLRT for a year from today. The manager
 * who opens it is assigned; {@code managers} adds others.
 *
 * @param reportedOn {@code YYYY-MM-DD}, today when left out
 * @param villageCode the desa where it happened or was reported, optional
 */
public record OpenViolenceCase(
    VictimInput victim,
    GuardianInput guardian,
    List<String> violenceTypes,
    String perpetratorRelation,
    Boolean perpetratorInSameKk,
    String safeContact,
    String narrative,
    String simfoniNumber,
    String reportedOn,
    String villageCode,
    Boolean consentSocialProtection,
    List<String> managers) {

  /**
   * The victim. A registered person by {@code nik} or {@code personId}; a NIK intake does not know
   * is kept in the case with {@code name}, not registered. With {@code anonymous: true} no NIK,
   * person id or name is accepted, {@code alias} at most.
   *
   * @param birthDate {@code YYYY-MM-DD}; a registered person's comes from intake
   * @param child the manager's word that the victim is under 18 when the birth date is unknown
   * @param sex {@code F} or {@code M}
   */
  public record VictimInput(
      String nik,
      Long personId,
      String name,
      Boolean anonymous,
      String alias,
      String birthDate,
      Boolean child,
      String sex) {}

  /** A child victim's guardian (or an adult's under guardianship). */
  public record GuardianInput(String name, String relation) {}
}
