package id.slrt.intake.api;

/**
 * What another module may know of a registered person to serve them: who they are, whether their
 * NIK is matched with Dukcapil, the family card, where the family lives and how to reach it. Never
 * welfare status, needs or programs.
 *
 * @param nik null for a person registered without a NIK yet
 * @param phone the person's own number, else the family's; null when none is recorded
 */
public record PersonCard(
    long personId,
    String nik,
    String name,
    String sex,
    java.time.LocalDate birthDate,
    String dukcapilStatus,
    boolean active,
    long householdId,
    String kk,
    AddressDetails address,
    String phone) {}
