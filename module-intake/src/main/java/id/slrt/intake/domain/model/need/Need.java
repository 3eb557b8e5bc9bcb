package id.slrt.intake.domain.model.need;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import id.slrt.core.identity.Sex;
import id.slrt.core.persistence.IdBlocks;
import id.slrt.intake.domain.model.household.Program;
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
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
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
 * <em>sealed</em>: it keeps no description (what was told is handed over to P2TP2A's case file,
 * read there by the case's managers) and no one reads it through intake; only counts of sealed
 * needs are shown, suppressed when small.
 */
@Entity
@Table(name = "need")
public class Need {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "need")
  @TableGenerator(
      name = "need",
      table = IdBlocks.TABLE,
      pkColumnName = "name",
      valueColumnName = "last_id",
      pkColumnValue = "need",
      allocationSize = IdBlocks.SIZE)
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

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private NeedKind kind = NeedKind.KEBUTUHAN;

  /** The program a complaint is about (or a need asks for). */
  @Enumerated(EnumType.STRING)
  @Column(name = "program", length = 10)
  private Program program;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 10)
  private Channel channel;

  /** How it was closed, once SELESAI. */
  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 12)
  private Outcome outcome;

  /** The answer given to the citizen when it was closed. */
  @Column(name = "answer", length = 1000)
  private String answer;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @OneToMany(mappedBy = "need", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<NeedEvent> history = new ArrayList<>();

  @Version private long version;

  protected Need() {}

  /** The longest description kept. */
  public static final int MAX_DESCRIPTION = 2000;

  /** From this age a person is fast-tracked as elderly. */
  public static final int ELDERLY_FROM = 60;

  /**
   * Records a need; its priority follows from the person ({@link #priorityFor}), and a need about
   * violence is sealed.
   *
   * @param today the district's date, for the person's age
   * @throws ValidationException naming every rule of {@link #check} the need breaks
   */
  public Need(
      Claimant who,
      NeedCategory category,
      Pmks pmks,
      String description,
      boolean pregnant,
      Subject subject,
      LocalDate today,
      Instant at,
      String by) {
    FieldErrors errors = new FieldErrors();
    check(who, pmks, description, pregnant, today, errors);
    check(subject, errors);
    errors.throwIfAny();
    this.kind = subject.kind();
    this.program = subject.program();
    this.channel = subject.channel();
    this.personId = who.personId();
    this.householdId = who.householdId();
    this.category = category;
    this.pmks = pmks;
    this.pregnant = pregnant;
    this.sealed = category == NeedCategory.KEKERASAN || (pmks != null && pmks.revealsViolence());
    // what was told about violence goes to P2TP2A's case file, not here
    this.description = sealed ? null : description;
    Set<PriorityReason> all = priorityFor(who, pregnant, sealed, today);
    this.fastTrack = !all.isEmpty();
    this.priorityReasons =
        all.isEmpty() ? null : all.stream().map(Enum::name).collect(Collectors.joining(","));
    this.status = NeedStatus.TERCATAT;
    this.recordedAt = at;
    this.recordedBy = by;
    history.add(new NeedEvent(this, null, NeedStatus.TERCATAT, null, at, by));
  }

  /**
   * The rules of a new need, each broken one added to {@code errors} under the API's field names: a
   * PMKS code that fits the person (a child's code for a child, a women's code for a woman...),
   * pregnancy only for a woman, a description of at most {@link #MAX_DESCRIPTION} characters.
   */
  public static void check(
      Claimant who,
      Pmks pmks,
      String description,
      boolean pregnant,
      LocalDate today,
      FieldErrors errors) {
    if (pmks != null && who != null) {
      pmks.misfit(who.sex(), who.birthDate(), today).ifPresent(key -> errors.add("pmks", key));
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      errors.add("description", "need.descriptionTooLong", MAX_DESCRIPTION);
    }
    if (pregnant && who != null && who.sex() != Sex.F) {
      errors.add("pregnant", "need.pregnantWoman");
    }
  }

  /**
   * What a need or complaint is about beyond its category: its kind, the program (a complaint is
   * always about one) and the channel it came through.
   */
  public record Subject(NeedKind kind, Program program, Channel channel) {
    /** A need that came in at the office, about no program in particular. */
    public static final Subject NEED = new Subject(NeedKind.KEBUTUHAN, null, null);
  }

  /** A complaint names the program it is about and the channel it came through. */
  public static void check(Subject subject, FieldErrors errors) {
    if (subject.kind() == NeedKind.PENGADUAN) {
      if (subject.program() == null) {
        errors.add("program", "need.complaintProgram");
      }
      if (subject.channel() == null) {
        errors.add("channel", "need.complaintChannel");
      }
    }
  }

  /** The longest answer to the citizen kept. */
  public static final int MAX_ANSWER = 1000;

  /**
   * Why a need goes to the front of the queue (Trenggalek's red card): a pregnant woman, a person
   * of {@link #ELDERLY_FROM} or older, a person with a disability, a victim of violence.
   */
  public static Set<PriorityReason> priorityFor(
      Claimant who, boolean pregnant, boolean violence, LocalDate today) {
    EnumSet<PriorityReason> reasons = EnumSet.noneOf(PriorityReason.class);
    if (pregnant) {
      reasons.add(PriorityReason.HAMIL);
    }
    if (Period.between(who.birthDate(), today).getYears() >= ELDERLY_FROM) {
      reasons.add(PriorityReason.LANSIA);
    }
    if (who.disabled()) {
      reasons.add(PriorityReason.DISABILITAS);
    }
    if (violence) {
      reasons.add(PriorityReason.KORBAN_KEKERASAN);
    }
    return reasons;
  }

  /**
   * Moves the need on, keeping who, when and why. Closing it (SELESAI) records its outcome and the
   * answer given to the citizen; the other moves take neither.
   *
   * @throws IllegalStateException when the status does not allow the move
   * @throws ValidationException when SELESAI comes without an outcome, another move with one, or
   *     the answer is too long
   */
  public void moveTo(
      NeedStatus to, Outcome closedAs, String answerGiven, String note, Instant at, String by) {
    if (!status.canMoveTo(to)) {
      throw new IllegalStateException(status + " -> " + to);
    }
    FieldErrors errors = new FieldErrors();
    if (to == NeedStatus.SELESAI && closedAs == null) {
      errors.add("outcome", "need.outcomeRequired");
    } else if (to != NeedStatus.SELESAI && (closedAs != null || answerGiven != null)) {
      errors.add("outcome", "need.outcomeOnlyWhenDone");
    }
    if (answerGiven != null && answerGiven.length() > MAX_ANSWER) {
      errors.add("answer", "need.answerTooLong", MAX_ANSWER);
    }
    errors.throwIfAny();
    history.add(new NeedEvent(this, status, to, note, at, by));
    this.status = to;
    if (to == NeedStatus.SELESAI) {
      this.outcome = closedAs;
      this.answer = answerGiven;
    }
  }

  public NeedKind kind() {
    return kind;
  }

  public Optional<Program> program() {
    return Optional.ofNullable(program);
  }

  public Optional<Channel> channel() {
    return Optional.ofNullable(channel);
  }

  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<String> answer() {
    return Optional.ofNullable(answer);
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

  /**
   * A sealed need takes its id from a range of its own, below zero ({@code SealedIds}), before it
   * is stored: the ids everyone else sees then have no gaps that count disclosures of violence.
   *
   * @throws IllegalStateException when this one is not sealed, has an id, or the id is not below
   *     zero
   */
  public void identifyAsSealed(long sealedId) {
    if (!sealed() || id != null || sealedId >= 0) {
      throw new IllegalStateException("only a new sealed need takes a sealed id (below zero)");
    }
    this.id = sealedId;
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
