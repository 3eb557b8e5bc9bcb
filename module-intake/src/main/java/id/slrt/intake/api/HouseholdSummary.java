package id.slrt.intake.api;

/** One line of the household list. */
public record HouseholdSummary(
    long id,
    String kk,
    String headName,
    AddressDetails address,
    boolean femaleHeaded,
    int memberCount) {}
