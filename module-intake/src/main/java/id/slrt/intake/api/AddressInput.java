package id.slrt.intake.api;

/**
 * Where a family lives: the village code and, optionally, RT, RW, street and the dusun (hamlet, by
 * name).
 */
public record AddressInput(String villageCode, String rt, String rw, String street, String dusun) {
  /** An address without a dusun. */
  public AddressInput(String villageCode, String rt, String rw, String street) {
    this(villageCode, rt, rw, street, null);
  }
}
