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
 * An agency that takes part in the district's referral system (Disdukcapil, Dinkes, BPJS Kesehatan,
 * Pengadilan Agama, Baznas, a legal aid body, P2TP2A...), with its legal basis: the Perbup article
 * that names it, its MoU or PKS number, the dates it is valid, and which data it may receive.
 * Referral services and inboxes refer to it by id and code.
 */
@Entity
@Table(name = "provider")
public class Provider {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, length = 40, updatable = false)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ProviderKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 30)
  private ProviderCategory category;

  @Column(name = "perbup_article", length = 200)
  private String perbupArticle;

  @Column(name = "agreement_number", length = 100)
  private String agreementNumber;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "data_allowed", length = 1000)
  private String dataAllowed;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Provider() {}

  public Provider(String code, ProviderDetails details, Instant now) {
    this.code = code;
    apply(details, now);
  }

  /** The editable part of a provider. */
  public record ProviderDetails(
      String name,
      ProviderKind kind,
      ProviderCategory category,
      String perbupArticle,
      String agreementNumber,
      LocalDate validFrom,
      LocalDate validUntil,
      String dataAllowed,
      boolean active) {}

  public void apply(ProviderDetails d, Instant now) {
    this.name = d.name();
    this.kind = d.kind();
    this.category = d.category();
    this.perbupArticle = d.perbupArticle();
    this.agreementNumber = d.agreementNumber();
    this.validFrom = d.validFrom();
    this.validUntil = d.validUntil();
    this.dataAllowed = d.dataAllowed();
    this.active = d.active();
    this.updatedAt = now;
  }

  /** True when the agency may take part on the given day: active and within its agreement. */
  public boolean inForceOn(LocalDate day) {
    return active
        && (validFrom == null || !day.isBefore(validFrom))
        && (validUntil == null || !day.isAfter(validUntil));
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

  public ProviderKind kind() {
    return kind;
  }

  public ProviderCategory category() {
    return category;
  }

  public String perbupArticle() {
    return perbupArticle;
  }

  public String agreementNumber() {
    return agreementNumber;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public String dataAllowed() {
    return dataAllowed;
  }

  public boolean active() {
    return active;
  }

  public int version() {
    return version;
  }
}
