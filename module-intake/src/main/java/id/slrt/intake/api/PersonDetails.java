package id.slrt.intake.api;

import java.time.LocalDate;

/** A person found by NIK, with the household (family card) the person belongs to. */
public record PersonDetails(
    String nik,
    String name,
    String sex,
    LocalDate birthDate,
    String relationship,
    long householdId,
    String kk) {}
