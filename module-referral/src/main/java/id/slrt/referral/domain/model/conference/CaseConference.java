package id.slrt.referral.domain.model.conference;

import id.slrt.core.error.FieldErrors;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A case conference (rapat koordinasi): on a day and at a place, the agencies present discuss
 * referrals that are stuck or need several agencies, decide, and give each follow-up action (RTL)
 * an owner and a due date. A conference is recorded once, after it was held; its follow-ups are
 * then done one by one.
 */
@Entity
@Table(name = "case_conference")
public class CaseConference {
  public static final int MAX_PLACE = 150;
  public static final int MAX_TOPIC = 200;
  public static final int MAX_DECISIONS = 4000;
  public static final int MAX_FOLLOW_UPS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "place", nullable = false, length = MAX_PLACE)
  private String place;

  @Column(name = "topic", nullable = false, length = MAX_TOPIC)
  private String topic;

  @Column(name = "decisions", nullable = false, length = MAX_DECISIONS)
  private String decisions;

  /**
   * The place of the officer who recorded it (a desa or kecamatan code; null for the district): who
   * may read it follows from it.
   */
  @Column(name = "region_code", length = 13)
  private String regionCode;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @ElementCollection
  @CollectionTable(
      name = "case_conference_agency",
      joinColumns = @JoinColumn(name = "conference_id"))
  @Column(name = "provider_code", length = 40)
  private Set<String> agencies = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "case_conference_referral",
      joinColumns = @JoinColumn(name = "conference_id"))
  @Column(name = "referral_id")
  private Set<Long> referrals = new LinkedHashSet<>();

  @OneToMany(mappedBy = "conference", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<FollowUp> followUps = new ArrayList<>();

  @Version private long version;

  protected CaseConference() {}

  /** What was decided to be done, by whom and by when. */
  public record Action(String action, String owner, LocalDate dueDate) {}

  /**
   * A conference as recorded; every broken rule goes to {@code errors} (follow-ups as {@code
   * followUps[i].field}) and then null comes back. Texts are already trimmed, null when empty;
   * whether the agencies, referrals and owners exist is the caller's to check.
   *
   * @param heldOn null when not given or unreadable (already refused)
   */
  public static CaseConference record(
      LocalDate heldOn,
      String place,
      String topic,
      Set<String> agencies,
      Set<Long> referrals,
      String decisions,
      List<Action> actions,
      String regionCode,
      LocalDate today,
      Instant at,
      String by,
      FieldErrors errors) {
    if (heldOn != null && (heldOn.isAfter(today) || heldOn.isBefore(today.minusYears(1)))) {
      errors.add("heldOn", "conference.heldOnRange");
    }
    text("place", place, MAX_PLACE, errors);
    text("topic", topic, MAX_TOPIC, errors);
    text("decisions", decisions, MAX_DECISIONS, errors);
    if (agencies.isEmpty()) {
      errors.add("agencies", "conference.agenciesRequired");
    }
    if (actions.size() > MAX_FOLLOW_UPS) {
      errors.add("followUps", "conference.tooManyFollowUps", MAX_FOLLOW_UPS);
    }
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      String prefix = "followUps[" + i + "].";
      text(prefix + "action", a.action(), FollowUp.MAX_ACTION, errors);
      if (a.owner() == null) {
        errors.add(prefix + "owner", "conference.fieldRequired");
      }
      if (a.dueDate() == null) {
        if (errors.list().stream().noneMatch(e -> e.field().equals(prefix + "dueDate"))) {
          errors.add(prefix + "dueDate", "conference.fieldRequired"); // unless refused unreadable
        }
      } else if (heldOn != null && a.dueDate().isBefore(heldOn)) {
        errors.add(prefix + "dueDate", "conference.dueBeforeConference");
      }
    }
    if (heldOn == null || !errors.isEmpty()) {
      return null;
    }
    CaseConference c = new CaseConference();
    c.heldOn = heldOn;
    c.place = place;
    c.topic = topic;
    c.decisions = decisions;
    c.agencies.addAll(agencies);
    c.referrals.addAll(referrals);
    c.regionCode = regionCode;
    c.recordedAt = at;
    c.recordedBy = by;
    for (Action a : actions) {
      c.followUps.add(new FollowUp(c, a.action(), a.owner(), a.dueDate()));
    }
    return c;
  }

  private static void text(String field, String value, int max, FieldErrors errors) {
    if (value == null) {
      errors.add(field, "conference.fieldRequired");
    } else if (value.length() > max) {
      errors.add(field, "text.tooLong", max);
    }
  }

  public Long id() {
    return id;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public String place() {
    return place;
  }

  public String topic() {
    return topic;
  }

  public String decisions() {
    return decisions;
  }

  public String regionCode() {
    return regionCode;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Set<String> agencies() {
    return Set.copyOf(agencies);
  }

  public Set<Long> referrals() {
    return Set.copyOf(referrals);
  }

  public List<FollowUp> followUps() {
    return List.copyOf(followUps);
  }
}
