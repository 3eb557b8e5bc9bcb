package id.slrt.intake.api;

/** Where a household lives: the village code and, optionally, RT, RW and street. */
public record AddressInput(String villageCode, String rt, String rw, String street) {}
