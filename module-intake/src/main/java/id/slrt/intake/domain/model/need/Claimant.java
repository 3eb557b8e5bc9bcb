package id.slrt.intake.domain.model.need;

import id.slrt.core.identity.Sex;
import java.time.LocalDate;

/**
 * The person a need is recorded for, as far as the need's rules care: who they are, their family,
 * and what decides their place in the queue (sex, age, a disability).
 */
public record Claimant(
    long personId, long householdId, Sex sex, LocalDate birthDate, boolean disabled) {}
