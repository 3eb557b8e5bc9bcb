package id.slrt.intake.api;

import java.time.LocalDate;

/**
 * What a service's eligibility rules look at, for the officer who refers (never for an agency):
 * sex, birth date, the highest education completed, and the family's latest welfare status.
 *
 * @param education a family-card level ({@code SMP}, {@code SMA}...), null when not recorded
 * @param welfareRegistered whether the family's latest status (DTSEN, else DTKS) says it is in the
 *     register; null when no status is recorded
 * @param desil the family's DTSEN desil, null when unknown
 */
public record PersonFacts(
    long personId,
    String sex,
    LocalDate birthDate,
    String education,
    Boolean welfareRegistered,
    Integer desil) {}
