package id.slrt.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit of the district's SLRT: the secretariat, a Puskesos (with the SK that set it up), or a
 * kecamatan's supervision. Users are placed in units; a unit is never deleted, only set inactive,
 * so that what its officers recorded keeps its place.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, length = 40, updatable = false)
  private String code;

  @Column(name = "name", nullable = false, length = 150)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private UnitKind kind;

  @Column(name = "village_code", length = 13)
  private String villageCode;

  @Column(name = "kecamatan_code", length = 8)
  private String kecamatanCode;

  @Column(name = "sk_number", length = 100)
  private String skNumber;

  @Column(name = "sk_date")
  private LocalDate skDate;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected OrgUnit() {}

  public OrgUnit(String code, UnitDetails details, Instant now) {
    this.code = code;
    apply(details, now);
  }

  /** The editable part of a unit, checked by the service before it gets here. */
  public record UnitDetails(
      String name,
      UnitKind kind,
      String villageCode,
      String kecamatanCode,
      String skNumber,
      LocalDate skDate,
      boolean active) {}

  public void apply(UnitDetails d, Instant now) {
    this.name = d.name();
    this.kind = d.kind();
    this.villageCode = d.villageCode();
    this.kecamatanCode = d.kecamatanCode();
    this.skNumber = d.skNumber();
    this.skDate = d.skDate();
    this.active = d.active();
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UnitKind kind() {
    return kind;
  }

  public String villageCode() {
    return villageCode;
  }

  public String kecamatanCode() {
    return kecamatanCode;
  }

  public String skNumber() {
    return skNumber;
  }

  public LocalDate skDate() {
    return skDate;
  }

  public boolean active() {
    return active;
  }

  public int version() {
    return version;
  }
}
