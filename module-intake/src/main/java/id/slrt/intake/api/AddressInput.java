package id.slrt.intake.api;

/**
 * Where a family lives: the village code and, optionally, RT, RW, street and the dusun (hamlet, by
 * name). One constructor only: JSON-B builds records through their constructor, and a second one
 * would leave it to chance which is used.
 */
public record AddressInput(String villageCode, String rt, String rw, String street, String dusun) {}
