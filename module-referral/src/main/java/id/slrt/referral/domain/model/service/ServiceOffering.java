package id.slrt.referral.domain.model.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A service in the district's catalogue: who provides it and how many days a referral may take. */
@Entity
@Table(name = "service_catalogue")
@NamedQuery(
    name = "ServiceOffering.findActive",
    query = "SELECT s FROM ServiceOffering s WHERE s.active = TRUE ORDER BY s.code")
public class ServiceOffering {
  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 150)
  private String name;

  @Column(name = "provider", nullable = false, length = 40)
  private String provider;

  @Column(name = "sla_days", nullable = false)
  private int slaDays;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Version private long version;

  protected ServiceOffering() {}

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String provider() {
    return provider;
  }

  public int slaDays() {
    return slaDays;
  }

  public boolean active() {
    return active;
  }
}
