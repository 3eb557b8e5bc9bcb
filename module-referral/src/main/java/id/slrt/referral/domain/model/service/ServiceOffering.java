package id.slrt.referral.domain.model.service;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A service in the district's catalogue: the agency that provides it, how many working days a
 * referral may take (fewer when fast-tracked), who it is for, and the documents to bring.
 */
@Entity
@Table(name = "service_catalogue")
@NamedQuery(
    name = "ServiceOffering.findActive",
    query = "SELECT s FROM ServiceOffering s WHERE s.active = TRUE ORDER BY s.name")
@NamedQuery(
    name = "ServiceOffering.findAll",
    query = "SELECT s FROM ServiceOffering s ORDER BY s.name")
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

  @Column(name = "fast_track_days")
  private Integer fastTrackDays;

  @Column(name = "description", length = 1000)
  private String description;

  @Column(name = "eligibility_notes", length = 1000)
  private String eligibilityNotes;

  @Embedded private Eligibility eligibility;

  /** The checklist, one document per line. */
  @Column(name = "documents", length = 2000)
  private String documents;

  /** What the service issues when served (a Disdukcapil service): {@code NIK|KTP_EL}. */
  @Column(name = "issues", length = 100)
  private String issues;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "updated_at")
  private Instant updatedAt;

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

  /** The fast-track SLA, when the service has one. */
  public java.util.Optional<Integer> fastTrackDays() {
    return java.util.Optional.ofNullable(fastTrackDays);
  }

  /** The working days a referral to this service may take: fewer for a fast-tracked one. */
  public int slaDays(boolean fastTrack) {
    return fastTrack && fastTrackDays != null ? fastTrackDays : slaDays;
  }

  public String description() {
    return description;
  }

  public String eligibilityNotes() {
    return eligibilityNotes;
  }

  /** The checkable conditions; none set when the service asks nothing the system can check. */
  public Eligibility eligibility() {
    return eligibility == null ? new Eligibility(null, null, null, null, null) : eligibility;
  }

  /** The documents to bring, in the order the agency listed them. */
  public List<String> documents() {
    return documents == null || documents.isBlank()
        ? List.of()
        : Arrays.stream(documents.split("\n"))
            .map(String::strip)
            .filter(d -> !d.isEmpty())
            .toList();
  }

  /** What the person's record takes when the agency completes a referral as served. */
  public Issues issues() {
    return Issues.parse(issues);
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }
}
