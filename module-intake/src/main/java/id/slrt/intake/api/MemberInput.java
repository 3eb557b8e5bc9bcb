package id.slrt.intake.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One member of a household, as typed at the front office or sent by a client. {@code nik} may be
 * left out for a person without documents (recorded as not yet matched with Dukcapil); {@code
 * education}, {@code occupation}, {@code disability} and {@code maritalStatus} are optional. Codes
 * in {@link IntakeCodes}. {@code headsFamily} marks the woman who heads a female-headed family in
 * fact when the card names someone else (her late or absent husband) as its head. {@code
 * documents}: the civil documents the person holds (codes of {@link IntakeCodes#documents()};
 * absent: as before); {@code phone}: a phone or WhatsApp number (absent: as before).
 */
public record MemberInput(
    String nik,
    String name,
    String sex,
    LocalDate birthDate,
    String relationship,
    String education,
    String occupation,
    String disability,
    String maritalStatus,
    Boolean headsFamily,
    List<String> documents,
    String phone) {

  /** A member with only what the family card's first columns say. */
  public static MemberInput basic(
      String nik, String name, String sex, LocalDate birthDate, String relationship) {
    return new MemberInput(
        nik, name, sex, birthDate, relationship, null, null, null, null, null, null, null);
  }
}
