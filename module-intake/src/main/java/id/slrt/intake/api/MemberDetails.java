package id.slrt.intake.api;

import java.time.LocalDate;

/** A member of a household as the API and the screens show it. */
public record MemberDetails(
    String nik, String name, String sex, LocalDate birthDate, String relationship) {}
