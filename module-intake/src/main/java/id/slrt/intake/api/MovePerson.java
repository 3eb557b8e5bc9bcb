package id.slrt.intake.api;

/**
 * Moves a member to another family card ({@code toHouseholdId}), where the person has {@code
 * relationship}; {@code reason} is kept with the move (marriage, divorce, new KK...).
 */
public record MovePerson(Long toHouseholdId, String relationship, String reason) {}
