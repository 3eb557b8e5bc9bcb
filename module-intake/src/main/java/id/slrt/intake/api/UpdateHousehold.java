package id.slrt.intake.api;

/** A correction of a household's own facts: its address and whether a woman heads it. */
public record UpdateHousehold(AddressInput address, Boolean femaleHeaded) {}
