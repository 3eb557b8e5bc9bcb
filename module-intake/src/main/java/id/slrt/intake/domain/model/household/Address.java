package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Where a household lives: village, RT, RW and street. */
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

  protected Address() {}

  public Address(RegionCode village, String rt, String rw, String street) {
    this.villageCode = village.value();
    this.rt = rt;
    this.rw = rw;
    this.street = street;
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
