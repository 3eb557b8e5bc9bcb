package id.slrt.pkh.domain.model.kpm;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.text.CitizenText;
import id.slrt.pkh.domain.model.conditionality.ConditionalityRule;
import id.slrt.pkh.domain.model.conditionality.PaymentPeriod;
import id.slrt.pkh.domain.model.conditionality.PeriodAttendance;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPM (keluarga penerima manfaat): an intake family in PKH, known by its participant number, with
 * its recipient (pengurus, usually the mother) as a person, so that it survives a new No. KK, and
 * the components of its members. Active, then graduated or ended by the program, never both.
 */
@Entity
@Table(name = "kpm")
public class Kpm {
  /** PKH began in 2007: no family joined before. */
  public static final int FIRST_YEAR = 2007;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "participant_number", nullable = false, unique = true, length = 15)
  private String participantNumber;

  @Column(name = "start_year", nullable = false)
  private int startYear;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  @Column(name = "recipient_person_id", nullable = false)
  private long recipientPersonId;

  /** The family's village when it was enrolled or last changed, for the coordinators' scopes. */
  @Column(name = "village_code", nullable = false, length = 13)
  private String villageCode;

  @Column(name = "group_code", nullable = false, length = 40)
  private String groupCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private KpmStatus status = KpmStatus.AKTIF;

  @Enumerated(EnumType.STRING)
  @Column(name = "graduation_type", length = 20)
  private GraduationType graduationType;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "end_note", length = 500)
  private String endNote;

  @Column(name = "sticker_placed_on")
  private LocalDate stickerPlacedOn;

  @Column(name = "sticker_text", length = 200)
  private String stickerText;

  @Enumerated(EnumType.STRING)
  @Column(name = "exit_reason", length = 30)
  private ExitReason exitReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kpm_component", joinColumns = @JoinColumn(name = "kpm_id"))
  private List<MemberComponent> components = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kpm_follow_up", joinColumns = @JoinColumn(name = "kpm_id"))
  private List<FollowUp> followUps = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kpm_warning", joinColumns = @JoinColumn(name = "kpm_id"))
  private List<Warning> warnings = new ArrayList<>();

  @Version private long version;

  protected Kpm() {}

  public Kpm(
      ParticipantNumber number,
      int startYear,
      long householdId,
      long recipientPersonId,
      String villageCode,
      String groupCode,
      List<MemberComponent> components) {
    this.participantNumber = number.value();
    this.startYear = startYear;
    this.householdId = householdId;
    this.recipientPersonId = recipientPersonId;
    this.villageCode = Objects.requireNonNull(villageCode);
    this.groupCode = Objects.requireNonNull(groupCode);
    this.components = new ArrayList<>(components);
  }

  /** The year a family joined: from {@link #FIRST_YEAR} to this year. */
  public static void checkStartYear(Integer year, LocalDate today, FieldErrors errors) {
    if (year == null) {
      errors.add("startYear", "pkh.startYear.required");
    } else if (year < FIRST_YEAR || year > today.getYear()) {
      errors.add("startYear", "pkh.startYear.range", FIRST_YEAR, today.getYear());
    }
  }

  /**
   * Whether the system proposes a natural graduation (ALAMIAH) on {@code day}: the family is active
   * and no component remains in force.
   */
  public boolean naturalGraduationDue(LocalDate day) {
    return status == KpmStatus.AKTIF && Components.inForce(components, day).isEmpty();
  }

  /** The components that count on {@code day} (at most four). */
  public List<MemberComponent> countedOn(LocalDate day) {
    return Components.counted(components, day);
  }

  /** The family graduates on {@code day}: only an active family does. */
  public void graduate(GraduationType type, LocalDate day) {
    requireActive();
    this.status = KpmStatus.GRADUASI;
    this.graduationType = Objects.requireNonNull(type);
    this.endedOn = day;
  }

  /**
   * The family gets the next warning for missing its commitment in {@code attendance}'s period:
   * only an active family, only in the order PERTAMA, KEDUA, TERAKHIR, each for a period after the
   * previous warning's, and only for a period in which it did not meet the district's rule.
   */
  public void warn(
      WarningLevel level,
      PeriodAttendance attendance,
      ConditionalityRule rule,
      LocalDate on,
      String by,
      String note) {
    requireActive();
    if (warnings.size() == WarningLevel.values().length) {
      throw new ConflictException("pkh.warning.allGiven");
    }
    WarningLevel next = WarningLevel.values()[warnings.size()];
    if (level != next) {
      throw new ConflictException("pkh.warning.order", next.name());
    }
    PaymentPeriod period = attendance.period();
    List<Warning> given = warnings();
    if (!given.isEmpty() && !period.start().isAfter(given.get(given.size() - 1).periodTo())) {
      throw new ConflictException("pkh.warning.samePeriod", period.code());
    }
    if (period.start().isAfter(on)) {
      throw new ConflictException("pkh.warning.futurePeriod", period.code());
    }
    if (rule.compliant(attendance)) {
      throw new ConflictException("pkh.warning.compliant", period.code());
    }
    warnings.add(new Warning(level, period.start(), period.end(), on, by, note));
  }

  /** The warning the family would get next, none when all three were given. */
  public Optional<WarningLevel> nextWarning() {
    return warnings.size() == WarningLevel.values().length
        ? Optional.empty()
        : Optional.of(WarningLevel.values()[warnings.size()]);
  }

  /**
   * The sticker was put on the family's house on {@code on}, carrying {@code text} (the district's
   * neutral text of that day): only an active family's house, never a text saying "miskin".
   */
  public void stickerPlaced(LocalDate on, String text) {
    requireActive();
    if (CitizenText.saysMiskin(text)) {
      throw new IllegalArgumentException("a sticker never says miskin");
    }
    this.stickerPlacedOn = Objects.requireNonNull(on);
    this.stickerText = Objects.requireNonNull(text);
  }

  public Optional<LocalDate> stickerPlacedOn() {
    return Optional.ofNullable(stickerPlacedOn);
  }

  /** The follow-ups of a graduated family, in months after it left. */
  public static final List<Integer> FOLLOW_UP_ROUNDS = List.of(6, 12);

  /** A follow-up may be done from this many days before its day. */
  public static final int FOLLOW_UP_EARLY_DAYS = 30;

  /** The day a follow-up round is due: that many months after the family graduated. */
  public Optional<LocalDate> followUpDue(int round) {
    return status == KpmStatus.GRADUASI && FOLLOW_UP_ROUNDS.contains(round)
        ? Optional.of(endedOn.plusMonths(round))
        : Optional.empty();
  }

  /**
   * Records a follow-up of a graduated family: round 6 or 12, each once, done on a day from a month
   * before it is due until today.
   */
  public void followUp(
      int round, LocalDate on, FollowUpOutcome outcome, String note, String by, LocalDate today) {
    if (status != KpmStatus.GRADUASI) {
      throw new ConflictException("pkh.followUp.notGraduated");
    }
    if (!FOLLOW_UP_ROUNDS.contains(round)) {
      throw new IllegalArgumentException("round " + round);
    }
    if (followUps.stream().anyMatch(f -> f.round() == round)) {
      throw new ConflictException("pkh.followUp.done", round);
    }
    LocalDate due = endedOn.plusMonths(round);
    if (on.isBefore(due.minusDays(FOLLOW_UP_EARLY_DAYS)) || on.isAfter(today)) {
      throw new ConflictException("pkh.followUp.window", due.minusDays(FOLLOW_UP_EARLY_DAYS));
    }
    followUps.add(new FollowUp(round, on, outcome, note, by));
  }

  /**
   * The family that fell back at a follow-up was referred back to PKH: only after a follow-up that
   * found it so, once.
   */
  public void referredBack(int round, long referralId) {
    FollowUp f = requireFallBack(round);
    f.referredBack(referralId);
  }

  /** The follow-up of the round that found the family fallen back, not yet referred back. */
  public FollowUp requireFallBack(int round) {
    FollowUp f =
        followUps.stream()
            .filter(x -> x.round() == round)
            .findFirst()
            .orElseThrow(() -> new ConflictException("pkh.followUp.missing", round));
    if (f.outcome() != FollowUpOutcome.MENURUN) {
      throw new ConflictException("pkh.followUp.notFallenBack");
    }
    if (f.referralId().isPresent()) {
      throw new ConflictException("pkh.followUp.referredBack", f.referralId().get());
    }
    return f;
  }

  /**
   * The program ends the family's membership (pemberhentian): only an active family's. For
   * non-compliance (graduasi paksa) only where the district allows it and only after the last
   * warning, on or after its day; any other reason whenever it is so; {@link ExitReason#LAINNYA}
   * with a note saying which.
   */
  public void exit(ExitReason reason, LocalDate day, String note, ConditionalityRule rule) {
    requireActive();
    if (reason == ExitReason.TIDAK_MEMENUHI_KOMITMEN) {
      if (!rule.forcedExitAllowed()) {
        throw new ConflictException("pkh.exit.forcedNotAllowed");
      }
      Optional<Warning> last =
          warnings.stream().filter(w -> w.level() == WarningLevel.TERAKHIR).findFirst();
      if (last.isEmpty()) {
        throw new ConflictException("pkh.exit.warningsMissing", warnings.size());
      }
      if (day.isBefore(last.get().issuedOn())) {
        throw new ConflictException("pkh.exit.beforeLastWarning", last.get().issuedOn());
      }
    }
    if (reason == ExitReason.LAINNYA && (note == null || note.isBlank())) {
      throw new ConflictException("pkh.exit.noteRequired");
    }
    this.status = KpmStatus.KELUAR;
    this.exitReason = Objects.requireNonNull(reason);
    this.endedOn = day;
    this.endNote = note;
  }

  private void requireActive() {
    if (status != KpmStatus.AKTIF) {
      throw new ConflictException("pkh.kpm.notActive", status.name());
    }
  }

  public Long id() {
    return id;
  }

  public ParticipantNumber participantNumber() {
    return new ParticipantNumber(participantNumber);
  }

  public int startYear() {
    return startYear;
  }

  public long householdId() {
    return householdId;
  }

  public long recipientPersonId() {
    return recipientPersonId;
  }

  public String villageCode() {
    return villageCode;
  }

  public String groupCode() {
    return groupCode;
  }

  public KpmStatus status() {
    return status;
  }

  public Optional<GraduationType> graduationType() {
    return Optional.ofNullable(graduationType);
  }

  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  public Optional<String> endNote() {
    return Optional.ofNullable(endNote);
  }

  public Optional<ExitReason> exitReason() {
    return Optional.ofNullable(exitReason);
  }

  public List<FollowUp> followUps() {
    return followUps.stream().sorted(java.util.Comparator.comparingInt(FollowUp::round)).toList();
  }

  /** The warnings given, in their order (PERTAMA first), however the database returned them. */
  public List<Warning> warnings() {
    return warnings.stream().sorted(java.util.Comparator.comparing(Warning::level)).toList();
  }

  public List<MemberComponent> components() {
    return List.copyOf(components);
  }

  public long version() {
    return version;
  }
}
