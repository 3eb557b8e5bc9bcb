package id.slrt.intake.domain.model.need;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A need or complaint of one person, recorded at the front office and followed until it is handled.
 * A need about violence ({@link NeedCategory#KEKERASAN}, or a PMKS category naming a victim) is
 * <em>sealed</em>: only P2TP2A case managers may learn that it exists.
 */
@Entity
@Table(name = "need")
public class Need {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 30)
  private NeedCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "pmks", length = 60)
  private Pmks pmks;

  @Column(name = "description", length = 2000)
  private String description;

  @Column(name = "pregnant", nullable = false)
  private boolean pregnant;

  @Column(name = "fast_track", nullable = false)
  private boolean fastTrack;

  @Column(name = "priority_reasons", length = 100)
  private String priorityReasons;

  @Column(name = "sealed", nullable = false)
  private boolean sealed;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 15)
  private NeedStatus status;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @OneToMany(mappedBy = "need", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<NeedEvent> history = new ArrayList<>();

  @Version private long version;

  protected Need() {}

  /**
   * Records a need; its priority follows from the person (see {@link PriorityReason}).
   *
   * @param reasons the person's reasons for the fast track, besides violence (which follows from
   *     the category here)
   */
  public Need(
      long personId,
      long householdId,
      NeedCategory category,
      Pmks pmks,
      String description,
      boolean pregnant,
      Set<PriorityReason> reasons,
      Instant at,
      String by) {
    this.personId = personId;
    this.householdId = householdId;
    this.category = category;
    this.pmks = pmks;
    this.description = description;
    this.pregnant = pregnant;
    this.sealed = category == NeedCategory.KEKERASAN || (pmks != null && pmks.revealsViolence());
    EnumSet<PriorityReason> all =
        reasons.isEmpty() ? EnumSet.noneOf(PriorityReason.class) : EnumSet.copyOf(reasons);
    if (sealed) {
      all.add(PriorityReason.KORBAN_KEKERASAN);
    }
    this.fastTrack = !all.isEmpty();
    this.priorityReasons =
        all.isEmpty() ? null : all.stream().map(Enum::name).collect(Collectors.joining(","));
    this.status = NeedStatus.TERCATAT;
    this.recordedAt = at;
    this.recordedBy = by;
    history.add(new NeedEvent(this, null, NeedStatus.TERCATAT, null, at, by));
  }

  /**
   * Moves the need on, keeping who, when and why.
   *
   * @throws IllegalStateException when the status does not allow the move
   */
  public void moveTo(NeedStatus to, String note, Instant at, String by) {
    if (!status.canMoveTo(to)) {
      throw new IllegalStateException(status + " -> " + to);
    }
    history.add(new NeedEvent(this, status, to, note, at, by));
    this.status = to;
  }

  public Long id() {
    return id;
  }

  public long personId() {
    return personId;
  }

  public long householdId() {
    return householdId;
  }

  public NeedCategory category() {
    return category;
  }

  public Optional<Pmks> pmks() {
    return Optional.ofNullable(pmks);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public boolean pregnant() {
    return pregnant;
  }

  public boolean fastTrack() {
    return fastTrack;
  }

  public List<PriorityReason> priorityReasons() {
    if (priorityReasons == null) {
      return List.of();
    }
    return Arrays.stream(priorityReasons.split(",")).map(PriorityReason::valueOf).toList();
  }

  public boolean sealed() {
    return sealed;
  }

  public NeedStatus status() {
    return status;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public List<NeedEvent> history() {
    return Collections.unmodifiableList(history);
  }

  public long version() {
    return version;
  }
}
