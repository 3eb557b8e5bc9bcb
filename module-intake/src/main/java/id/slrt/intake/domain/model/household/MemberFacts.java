package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.Nik;
import id.slrt.core.identity.Sex;
import java.time.LocalDate;

/**
 * What the family card says about one member, already checked. {@code nik} is null for a person
 * without documents; the optional details (education, occupation, disability, marital status) may
 * be null.
 */
public record MemberFacts(
    Nik nik,
    String name,
    Sex sex,
    LocalDate birthDate,
    Relationship relationship,
    Education education,
    String occupation,
    Disability disability,
    MaritalStatus maritalStatus) {}
