package id.slrt.intake.api;

/**
 * A search of the household list: an optional village and an optional text that matches a No. KK or
 * NIK (from their first digits) or a member's name.
 */
public record HouseholdQuery(String villageCode, String text) {}
