package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Where a family lives: village, RT, RW, dusun and street. */
@Embeddable
public class Address implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "village_code", nullable = false, length = 13)
  private String villageCode;

  @Column(name = "rt", length = 3)
  private String rt;

  @Column(name = "rw", length = 3)
  private String rw;

  @Column(name = "street", length = 200)
  private String street;

  /** The hamlet within the village, as people name it (not a code). */
  @Column(name = "dusun", length = 60)
  private String dusun;

  protected Address() {}

  public Address(RegionCode village, String rt, String rw, String street) {
    this(village, rt, rw, null, street);
  }

  public Address(RegionCode village, String rt, String rw, String dusun, String street) {
    this.villageCode = village.value();
    this.rt = rt;
    this.rw = rw;
    this.dusun = dusun;
    this.street = street;
  }

  /** The same address with the given dusun (an import does not carry one: it keeps the known). */
  public Address withDusun(String newDusun) {
    return new Address(village(), rt, rw, newDusun, street);
  }

  public String dusun() {
    return dusun;
  }

  public RegionCode village() {
    return RegionCode.parse(villageCode);
  }

  public String rt() {
    return rt;
  }

  public String rw() {
    return rw;
  }

  public String street() {
    return street;
  }
}
