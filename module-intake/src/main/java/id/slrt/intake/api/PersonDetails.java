package id.slrt.intake.api;

import java.time.LocalDate;

/**
 * A person found by NIK, with the household (family card) the person belongs to. {@code id} is the
 * person's id within the household ({@code /households/{householdId}/members/{id}}).
 */
public record PersonDetails(
    long id,
    String nik,
    String name,
    String sex,
    LocalDate birthDate,
    String relationship,
    long householdId,
    String kk,
    String dukcapilStatus,
    String status) {}
