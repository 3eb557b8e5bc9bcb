package id.slrt.referral.domain.model.violence;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A violence case handled by P2TP2A: the victim (a registered person or anonymous), a child's
 * guardian, the forms of violence, the perpetrator's relation and whether they live in the victim's
 * family card, the narrative, a Simfoni PPA number, the managers assigned, the steps of the
 * district's SOP done and the consents given. Its status follows from its steps. Sealed: who may
 * read it is the access policy's to say, from {@link #managers()}.
 */
@Entity
@Table(name = "violence_case")
public class ViolenceCase {
  public static final int MAX_NARRATIVE = 8000;
  public static final int MAX_ALIAS = 80;
  public static final int MAX_NAME = 150;
  public static final int MAX_RELATION = 80;
  public static final int MAX_SAFE_CONTACT = 300;
  public static final int MAX_SIMFONI = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "reference", nullable = false, length = 14)
  private String reference;

  @Column(name = "source", length = 40)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20)
  private CaseChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private CaseStatus status;

  @Column(name = "reported_on", nullable = false)
  private LocalDate reportedOn;

  @Column(name = "village_code", length = 13)
  private String villageCode;

  @Column(name = "victim_person_id")
  private Long victimPersonId;

  @Column(name = "victim_anonymous", nullable = false)
  private boolean victimAnonymous;

  @Column(name = "victim_nik", length = 16)
  private String victimNik;

  @Column(name = "victim_name", length = MAX_NAME)
  private String victimName;

  @Column(name = "victim_alias", length = MAX_ALIAS)
  private String victimAlias;

  @Column(name = "victim_birth_date")
  private LocalDate victimBirthDate;

  @Column(name = "victim_declared_child", nullable = false)
  private boolean victimDeclaredChild;

  @Column(name = "victim_sex", length = 1)
  private String victimSex;

  @Column(name = "guardian_name", length = MAX_NAME)
  private String guardianName;

  @Column(name = "guardian_relation", length = MAX_RELATION)
  private String guardianRelation;

  @Enumerated(EnumType.STRING)
  @Column(name = "perpetrator_relation", length = 30)
  private PerpetratorRelation perpetratorRelation;

  @Column(name = "perpetrator_same_kk", nullable = false)
  private boolean perpetratorSameKk;

  @Column(name = "safe_contact", length = MAX_SAFE_CONTACT)
  private String safeContact;

  @Column(name = "narrative", length = MAX_NARRATIVE)
  private String narrative;

  @Column(name = "simfoni_number", length = MAX_SIMFONI)
  private String simfoniNumber;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false, length = 100)
  private String openedBy;

  @ElementCollection
  @CollectionTable(name = "violence_case_type", joinColumns = @JoinColumn(name = "case_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "type", length = 20)
  private Set<ViolenceType> types = EnumSet.noneOf(ViolenceType.class);

  @ElementCollection
  @CollectionTable(name = "violence_case_manager", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "username", length = 100)
  private Set<String> managers = new LinkedHashSet<>();

  @OneToMany(mappedBy = "violenceCase", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<CaseStep> steps = new ArrayList<>();

  @OneToMany(mappedBy = "violenceCase", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Consent> consents = new ArrayList<>();

  @Version private long version;

  protected ViolenceCase() {}

  /** The guardian of a child victim (or of an adult under guardianship), when known. */
  public record Guardian(String name, String relation) {}

  /** The perpetrator as the case knows them: relation, and living in the victim's family card. */
  public record Perpetrator(PerpetratorRelation relation, boolean inSameKk, String safeContact) {}

  /**
   * A victim known to P2TP2A by NIK and name who is not registered in intake; both null otherwise
   * (a registered person's are intake's, an anonymous victim has none).
   */
  public record Unregistered(String nik, String name) {}

  /** Where and when it was reported, and from where it came. */
  public record Origin(
      String reference, String source, CaseChannel channel, LocalDate reportedOn, String village) {}

  /**
   * A case as opened, by a manager or from a hand-over; every broken rule goes to {@code errors}
   * and then null comes back. Texts are already trimmed, null when empty.
   *
   * @param sex {@code "F"} or {@code "M"} when known
   */
  public static ViolenceCase open(
      Origin origin,
      Victim victim,
      Unregistered unregistered,
      String sex,
      Guardian guardian,
      Set<ViolenceType> types,
      Perpetrator perpetrator,
      String narrative,
      String simfoniNumber,
      LocalDate today,
      Instant at,
      String by,
      FieldErrors errors) {
    if (origin.reportedOn() != null
        && (origin.reportedOn().isAfter(today)
            || origin.reportedOn().isBefore(today.minusYears(5)))) {
      errors.add("reportedOn", "violence.reportedOnRange");
    }
    if (victim.alias() != null && victim.alias().length() > MAX_ALIAS) {
      errors.add("victim.alias", "text.tooLong", MAX_ALIAS);
    }
    if (victim.birthDate() != null && victim.birthDate().isAfter(today)) {
      errors.add("victim.birthDate", "violence.birthDateFuture");
    }
    Guardian g = guardian == null ? new Guardian(null, null) : guardian;
    tooLong("guardian.name", g.name(), MAX_NAME, errors);
    tooLong("guardian.relation", g.relation(), MAX_RELATION, errors);
    Perpetrator p = perpetrator == null ? new Perpetrator(null, false, null) : perpetrator;
    tooLong("safeContact", p.safeContact(), MAX_SAFE_CONTACT, errors);
    tooLong("narrative", narrative, MAX_NARRATIVE, errors);
    tooLong("simfoniNumber", simfoniNumber, MAX_SIMFONI, errors);
    if (!errors.isEmpty() || origin.reportedOn() == null) {
      return null;
    }
    ViolenceCase c = new ViolenceCase();
    c.reference = origin.reference();
    c.source = origin.source();
    c.channel = origin.channel();
    c.reportedOn = origin.reportedOn();
    c.villageCode = origin.village();
    c.victimPersonId = victim.personId();
    c.victimAnonymous = victim.anonymous();
    c.victimAlias = victim.alias();
    if (unregistered != null && victim.personId() == null && !victim.anonymous()) {
      c.victimNik = unregistered.nik();
      c.victimName = unregistered.name();
    }
    c.victimBirthDate = victim.birthDate();
    c.victimDeclaredChild = victim.declaredChild();
    c.victimSex = sex;
    c.guardianName = g.name();
    c.guardianRelation = g.relation();
    c.perpetratorRelation = p.relation();
    c.perpetratorSameKk = p.inSameKk();
    c.safeContact = p.safeContact();
    c.narrative = narrative;
    c.simfoniNumber = simfoniNumber;
    c.types.addAll(types);
    c.openedAt = at;
    c.openedBy = by;
    c.status = CaseStatus.BARU;
    return c;
  }

  private static void tooLong(String field, String value, int max, FieldErrors errors) {
    if (value != null && value.length() > max) {
      errors.add(field, "text.tooLong", max);
    }
  }

  /** Assigns exactly these managers (already checked to be the district's case managers). */
  public void assign(Set<String> usernames) {
    if (usernames.isEmpty()) {
      throw new ConflictException("violence.managerRequired");
    }
    managers.retainAll(usernames);
    managers.addAll(usernames);
  }

  /** A manager takes a new hand-over no one was assigned to yet. */
  public void take(String username) {
    if (!managers.isEmpty()) {
      throw new ConflictException("violence.alreadyTaken");
    }
    managers.add(username);
  }

  /**
   * Records a step of the SOP done. Handling steps only until the case is terminated; monitoring
   * only after it; a second termination is refused.
   */
  public CaseStep recordStep(
      SopStep step,
      LocalDate doneOn,
      String agencyCode,
      String notes,
      Long referralId,
      LocalDate today,
      Instant at,
      String by,
      FieldErrors errors) {
    checkStep(step, doneOn, notes, today, errors);
    CaseStep done = new CaseStep(this, step, doneOn, agencyCode, notes, referralId, at, by);
    steps.add(done);
    status = CaseStatus.after(steps.stream().map(CaseStep::phase).toList());
    return done;
  }

  /**
   * The rules of {@link #recordStep}, for a use case that must know a step will be taken before it
   * does anything else (a referral made with the step): the day between the report and today, the
   * notes' length (each added to {@code errors}, then thrown), and the phase the case is in.
   *
   * @throws ConflictException when the case's status does not take the step now
   */
  public void checkStep(
      SopStep step, LocalDate doneOn, String notes, LocalDate today, FieldErrors errors) {
    if (doneOn != null && (doneOn.isAfter(today) || doneOn.isBefore(reportedOn))) {
      errors.add("doneOn", "violence.stepDateRange");
    }
    tooLong("notes", notes, CaseStep.MAX_NOTES, errors);
    errors.throwIfAny();
    if (doneOn == null) {
      throw new IllegalArgumentException("doneOn");
    }
    boolean allowed =
        switch (step.phase()) {
          case PENERIMAAN, PENANGANAN -> status.acceptsHandling();
          case TERMINASI -> status.acceptsHandling();
          case PEMANTAUAN -> !status.acceptsHandling();
        };
    if (!allowed) {
      throw new ConflictException("violence.stepNotNow", step.code(), status.name());
    }
  }

  /**
   * Before anything of the case leaves P2TP2A as a referral to a service of {@code provider}: the
   * victim is a registered person (an anonymous victim or one intake does not know cannot be
   * referred without showing her to the Puskesos), a consent in force on {@code day} lets it go
   * (social protection through SLRT, which reaches every service of the catalogue, or a service
   * referral to that agency), and with the perpetrator in the family card a safe contact is
   * recorded. Each broken rule is added to {@code errors}.
   */
  public void checkReferral(String provider, LocalDate day, FieldErrors errors) {
    if (victim().personId() == null) {
      errors.add("victim", "violence.referral.victimUnregistered");
    }
    if (!permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, day)
        && !permits(ConsentPurpose.RUJUKAN_LAYANAN, provider, day)) {
      errors.add("consent", "violence.referral.consentRequired");
    }
    SafeContact.check(perpetratorSameKk, safeContact, errors);
  }

  /**
   * Where a referral of the victim reaches her: the safe contact when one is recorded (always with
   * the perpetrator in the family card, {@link #checkReferral}), else the family's own address.
   */
  public Optional<String> referralContact() {
    return Optional.ofNullable(safeContact).filter(s -> !s.isBlank());
  }

  /** Files a consent recorded by a manager ({@link Consent#record}). */
  public void addConsent(Consent consent, Instant at, String by) {
    consent.fileIn(this, at, by);
    consents.add(consent);
  }

  /** Withdraws one of the case's consents from {@code on}. */
  public Consent withdrawConsent(long consentId, LocalDate on) {
    Consent c =
        consents.stream()
            .filter(x -> x.id() != null && x.id() == consentId)
            .findFirst()
            .orElseThrow(
                () -> new id.slrt.core.error.NotFoundException("violence.consentNotFound"));
    if (c.withdrawnOn().isPresent()) {
      throw new ConflictException("violence.consentWithdrawn");
    }
    c.withdraw(on);
    return c;
  }

  /**
   * Whether a consent on file lets the case's data go to {@code to} for {@code what} on {@code
   * day}.
   */
  public boolean permits(ConsentPurpose what, String to, LocalDate day) {
    return consents.stream().anyMatch(c -> c.permits(what, to, day));
  }

  /** Whether the victim is a child on {@code day}. */
  public boolean childOn(LocalDate day) {
    return victim().childOn(day);
  }

  /** Sets or clears the safe contact (required with the perpetrator in the family card). */
  public void changeSafeContact(String contact, FieldErrors errors) {
    tooLong("safeContact", contact, MAX_SAFE_CONTACT, errors);
    errors.throwIfAny();
    safeContact = contact;
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  public CaseChannel channel() {
    return channel;
  }

  public CaseStatus status() {
    return status;
  }

  public LocalDate reportedOn() {
    return reportedOn;
  }

  public Optional<String> villageCode() {
    return Optional.ofNullable(villageCode);
  }

  public Victim victim() {
    return new Victim(
        victimPersonId, victimAnonymous, victimAlias, victimBirthDate, victimDeclaredChild);
  }

  public Unregistered unregistered() {
    return new Unregistered(victimNik, victimName);
  }

  public Optional<String> victimSex() {
    return Optional.ofNullable(victimSex);
  }

  public Guardian guardian() {
    return new Guardian(guardianName, guardianRelation);
  }

  public Perpetrator perpetrator() {
    return new Perpetrator(perpetratorRelation, perpetratorSameKk, safeContact);
  }

  public Optional<String> narrative() {
    return Optional.ofNullable(narrative);
  }

  public Optional<String> simfoniNumber() {
    return Optional.ofNullable(simfoniNumber);
  }

  public Set<ViolenceType> types() {
    return types.isEmpty() ? Set.of() : Set.copyOf(types);
  }

  public Set<String> managers() {
    return Set.copyOf(managers);
  }

  public List<CaseStep> steps() {
    return List.copyOf(steps);
  }

  public List<Consent> consents() {
    return List.copyOf(consents);
  }

  public Instant openedAt() {
    return openedAt;
  }

  public String openedBy() {
    return openedBy;
  }

  public long version() {
    return version;
  }
}
