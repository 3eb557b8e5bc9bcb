package id.slrt.pkh.api;

import java.util.List;

/**
 * A new case about the KPM {@code participantNumber}: its {@code subject}, the member it is about
 * ({@code personId}, optional), the day it was found ({@code foundOn}, default today), a {@code
 * description} and the {@code people} involved besides the family.
 */
public record OpenCaseNote(
    String participantNumber,
    String subject,
    Long personId,
    String foundOn,
    String description,
    List<PersonInvolved> people) {

  /** Someone involved: a teacher, the school's counsellor. */
  public record PersonInvolved(String name, String role) {}
}
