package id.slrt.intake.api;

/**
 * One line of the family list; {@code matchedMember} names the member a search by name or NIK
 * found, when it was not the head.
 */
public record HouseholdSummary(
    long id,
    String kk,
    String headName,
    AddressDetails address,
    boolean femaleHeaded,
    int memberCount,
    String matchedMember) {}
