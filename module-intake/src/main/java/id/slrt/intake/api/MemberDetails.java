package id.slrt.intake.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of a household as the API and the screens show it. {@code nik} is null for a person
 * without documents; {@code dukcapilStatus} is {@code BELUM_PADAN}, {@code NIK_TERCATAT} or {@code
 * PADAN}; {@code status} {@code AKTIF}, {@code MENINGGAL} or {@code PINDAH} since {@code
 * statusDate}. {@code headsFamily}: she heads her female-headed family in fact. {@code documents}
 * the civil documents held, {@code missingDocuments} those expected at the person's age and marital
 * status that are not.
 */
public record MemberDetails(
    long id,
    String nik,
    String name,
    String sex,
    LocalDate birthDate,
    String relationship,
    String education,
    String occupation,
    String disability,
    String maritalStatus,
    String dukcapilStatus,
    String status,
    LocalDate statusDate,
    boolean headsFamily,
    List<String> documents,
    List<String> missingDocuments,
    String phone) {}
