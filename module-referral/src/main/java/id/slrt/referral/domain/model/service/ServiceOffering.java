package id.slrt.referral.domain.model.service;

import id.slrt.core.error.FieldErrors;
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

  /**
   * Serving it changes the family's welfare situation (a program received, a house renovated): a
   * completed referral to it offers a verivali proposal.
   */
  @Column(name = "changes_welfare", nullable = false)
  private boolean changesWelfare;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected ServiceOffering() {}

  /** A service code: capitals, digits and underscores, as the seed files and the API write it. */
  public static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

  public static final int MAX_NAME = 150;
  public static final int MAX_TEXT = 1000;
  public static final int MAX_SLA_DAYS = 365;
  public static final int MAX_DOCUMENTS = 20;
  public static final int MAX_DOCUMENT = 200;

  /**
   * What a service is, as the district admin or a seed file defines it. Texts are trimmed, null
   * when empty.
   */
  public record Definition(
      String name,
      String provider,
      Integer slaDays,
      Integer fastTrackDays,
      String description,
      String eligibilityNotes,
      Integer minAge,
      Integer maxAge,
      String sex,
      String educationCompleted,
      Integer maxDesil,
      List<String> documents,
      String issues,
      boolean changesWelfare) {

    /**
     * Every broken rule to {@code errors}: a name, the agency, an SLA of 1 to 365 working days and
     * a fast track no longer, the checkable conditions, at most 20 documents, what it issues, and
     * nothing citizens read saying "miskin". Services of the agencies for women and children
     * (P2TP2A, UPTD PPA) are never in this open catalogue.
     *
     * @param providerSealed the agency is one for women and children survivors of violence
     */
    public void check(boolean providerSealed, FieldErrors errors) {
      if (name == null) {
        errors.add("name", "service.fieldRequired");
      } else if (name.length() > MAX_NAME) {
        errors.add("name", "text.tooLong", MAX_NAME);
      }
      if (provider == null) {
        errors.add("provider", "service.fieldRequired");
      } else if (providerSealed) {
        errors.add("provider", "service.providerSealed");
      }
      if (slaDays == null) {
        errors.add("slaDays", "service.fieldRequired");
      } else if (slaDays < 1 || slaDays > MAX_SLA_DAYS) {
        errors.add("slaDays", "service.slaRange", MAX_SLA_DAYS);
      } else if (fastTrackDays != null && (fastTrackDays < 1 || fastTrackDays > slaDays)) {
        errors.add("fastTrackSlaDays", "service.fastTrackRange");
      }
      limit(description, "description", errors);
      limit(eligibilityNotes, "eligibilityNotes", errors);
      Eligibility.check(minAge, maxAge, sex, educationCompleted, maxDesil, errors);
      List<String> docs = documents == null ? List.of() : documents;
      if (docs.size() > MAX_DOCUMENTS) {
        errors.add("documents", "service.tooManyDocuments", MAX_DOCUMENTS);
      }
      for (int i = 0; i < docs.size(); i++) {
        String d = docs.get(i);
        if (d == null || d.isBlank() || d.length() > MAX_DOCUMENT || d.contains("\n")) {
          errors.add("documents[" + i + "]", "service.documentInvalid", MAX_DOCUMENT);
        }
      }
      try {
        Issues.parse(issues);
      } catch (IllegalArgumentException e) {
        errors.add("issues", "service.issuesUnknown");
      }
      if (id.slrt.core.text.CitizenText.saysMiskin(name, description, String.join(" ", docs))) {
        errors.add("name", "service.saysMiskin");
      }
    }

    private static void limit(String text, String field, FieldErrors errors) {
      if (text != null && text.length() > MAX_TEXT) {
        errors.add(field, "text.tooLong", MAX_TEXT);
      }
    }
  }

  /** A new active service of the catalogue; every broken rule to {@code errors}, and then null. */
  public static ServiceOffering define(
      String code, Definition d, boolean providerSealed, Instant at, FieldErrors errors) {
    if (code == null) {
      errors.add("code", "service.fieldRequired");
    } else if (!code.matches(CODE)) {
      errors.add("code", "service.codeFormat");
    }
    d.check(providerSealed, errors);
    if (!errors.isEmpty()) {
      return null;
    }
    ServiceOffering s = new ServiceOffering();
    s.code = code;
    s.active = true;
    s.apply(d, at);
    return s;
  }

  /** Changes the service (and whether it is offered); every broken rule to {@code errors}. */
  public void change(
      Definition d, boolean active, boolean providerSealed, Instant at, FieldErrors errors) {
    d.check(providerSealed, errors);
    if (!errors.isEmpty()) {
      return;
    }
    this.active = active;
    apply(d, at);
  }

  private void apply(Definition d, Instant at) {
    this.name = d.name();
    this.provider = d.provider();
    this.slaDays = d.slaDays();
    this.fastTrackDays = d.fastTrackDays();
    this.description = d.description();
    this.eligibilityNotes = d.eligibilityNotes();
    this.eligibility =
        new Eligibility(d.minAge(), d.maxAge(), d.sex(), d.educationCompleted(), d.maxDesil());
    List<String> docs = d.documents() == null ? List.of() : d.documents();
    this.documents =
        docs.isEmpty() ? null : String.join("\n", docs.stream().map(String::strip).toList());
    this.issues = Issues.parse(d.issues()).format();
    this.changesWelfare = d.changesWelfare();
    this.updatedAt = at;
  }

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

  public boolean changesWelfare() {
    return changesWelfare;
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
