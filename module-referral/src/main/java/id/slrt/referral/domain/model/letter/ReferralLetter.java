package id.slrt.referral.domain.model.letter;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral's letter (surat rujukan). Issued once, with a number of the district's numbering, its
 * signatory and the key its QR code carries; printed again it is the same letter. Where the
 * district asks for it, a letter is issued only after the back office recommended it and the
 * signatory, another person, approved it.
 */
@Entity
@Table(name = "referral_letter")
public class ReferralLetter {
  public static final int MAX_NOTE = 1000;

  @Id
  @Column(name = "referral_id")
  private long referralId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private LetterStatus status;

  /** The unit the letter is issued for, whose signatory signs it. */
  @Column(name = "unit_code", nullable = false, length = 40)
  private String unitCode;

  @Column(name = "recommended_by", length = 100)
  private String recommendedBy;

  @Column(name = "recommended_at")
  private Instant recommendedAt;

  @Column(name = "recommendation", length = MAX_NOTE)
  private String recommendation;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = MAX_NOTE)
  private String decisionNote;

  @Column(name = "number", length = 80)
  private String number;

  @Column(name = "letter_year")
  private Integer year;

  @Column(name = "letter_seq")
  private Integer seq;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "issued_by", length = 100)
  private String issuedBy;

  @Column(name = "signatory_name", length = 150)
  private String signatoryName;

  @Column(name = "signatory_title", length = 150)
  private String signatoryTitle;

  @Column(name = "signatory_nip", length = 18)
  private String signatoryNip;

  @Column(name = "verify_key", length = 26)
  private String verifyKey;

  @Version private long version;

  protected ReferralLetter() {}

  private ReferralLetter(long referralId, String unitCode) {
    this.referralId = referralId;
    this.unitCode = unitCode;
  }

  /**
   * What issuing writes on a letter: its number (the {@code seq}-th of {@code year}), the day, who
   * printed or approved it, the signatory as named then, and the verification key.
   */
  public record Issue(
      String number,
      int year,
      int seq,
      LocalDate day,
      Instant at,
      String by,
      Signatory signatory,
      String verifyKey) {}

  /** A letter issued at its first print, in a district without the decision step. */
  public static ReferralLetter issued(long referralId, String unitCode, Issue issue) {
    ReferralLetter letter = new ReferralLetter(referralId, unitCode);
    letter.issue(issue);
    return letter;
  }

  /**
   * Issues a letter that was recommended or refused while the district asked for a decision, now
   * that it no longer does: printed, it is issued as any other.
   *
   * @throws ConflictException when it was issued already
   */
  public void issueWithoutDecision(Issue issue) {
    if (status == LetterStatus.TERBIT) {
      throw new ConflictException("letter.alreadyIssued");
    }
    issue(issue);
  }

  /**
   * A letter recommended by the back office, waiting for the signatory's decision.
   *
   * @throws id.slrt.core.error.ValidationException when the note is too long
   */
  public static ReferralLetter recommended(
      long referralId, String unitCode, String note, Instant at, String by) {
    ReferralLetter letter = new ReferralLetter(referralId, unitCode);
    letter.recommend(unitCode, note, at, by);
    return letter;
  }

  /**
   * Recommends a refused letter again (perhaps for another unit).
   *
   * @throws ConflictException unless the letter was refused
   */
  public void recommendAgain(String unitCode, String note, Instant at, String by) {
    if (status != LetterStatus.DITOLAK) {
      throw new ConflictException("letter.alreadyRecommended", status.name());
    }
    recommend(unitCode, note, at, by);
    this.decidedBy = null;
    this.decidedAt = null;
    this.decisionNote = null;
  }

  private void recommend(String unitCode, String note, Instant at, String by) {
    FieldErrors errors = new FieldErrors();
    checkNote("note", note, errors);
    errors.throwIfAny();
    this.unitCode = unitCode;
    this.status = LetterStatus.DIREKOMENDASIKAN;
    this.recommendation = note;
    this.recommendedAt = at;
    this.recommendedBy = by;
  }

  /**
   * Whether {@code by} may decide on this letter now: it waits for a decision, {@code by} is the
   * signatory of its unit, and not the one who recommended it.
   *
   * @throws ConflictException when it does not wait for a decision
   * @throws AccessDeniedException when {@code by} is not its signatory, or recommended it
   */
  public void checkDecider(String by, Signatory signatory) {
    if (status != LetterStatus.DIREKOMENDASIKAN) {
      throw new ConflictException("letter.notAwaitingDecision", status.name());
    }
    if (signatory == null || !signatory.username().equals(by)) {
      throw new AccessDeniedException("letter.notSignatory");
    }
    if (by.equals(recommendedBy)) {
      throw new AccessDeniedException("letter.ownRecommendation");
    }
  }

  /** Whether {@code by} may decide on this letter now, by {@link #checkDecider}'s rules. */
  public boolean mayDecide(String by, Signatory signatory) {
    try {
      checkDecider(by, signatory);
      return true;
    } catch (ConflictException | AccessDeniedException e) {
      return false;
    }
  }

  /** The signatory approves: the letter is issued. Call {@link #checkDecider} first. */
  public void approve(String note, Issue issue) {
    FieldErrors errors = new FieldErrors();
    checkNote("note", note, errors);
    errors.throwIfAny();
    this.decidedBy = issue.by();
    this.decidedAt = issue.at();
    this.decisionNote = note;
    issue(issue);
  }

  /**
   * The signatory refuses, saying why. Call {@link #checkDecider} first.
   *
   * @throws id.slrt.core.error.ValidationException without a reason, or with one too long
   */
  public void refuse(String note, Instant at, String by) {
    FieldErrors errors = new FieldErrors();
    if (note == null) {
      errors.add("note", "letter.reasonRequired");
    }
    checkNote("note", note, errors);
    errors.throwIfAny();
    this.status = LetterStatus.DITOLAK;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
  }

  private void issue(Issue issue) {
    this.status = LetterStatus.TERBIT;
    this.number = issue.number();
    this.year = issue.year();
    this.seq = issue.seq();
    this.issuedOn = issue.day();
    this.issuedAt = issue.at();
    this.issuedBy = issue.by();
    this.signatoryName = issue.signatory().name();
    this.signatoryTitle = issue.signatory().title();
    this.signatoryNip = issue.signatory().nip();
    this.verifyKey = issue.verifyKey();
  }

  private static void checkNote(String field, String note, FieldErrors errors) {
    if (note != null && note.length() > MAX_NOTE) {
      errors.add(field, "text.tooLong", MAX_NOTE);
    }
  }

  public long referralId() {
    return referralId;
  }

  public LetterStatus status() {
    return status;
  }

  public boolean isIssued() {
    return status == LetterStatus.TERBIT;
  }

  public String unitCode() {
    return unitCode;
  }

  public String recommendedBy() {
    return recommendedBy;
  }

  public Instant recommendedAt() {
    return recommendedAt;
  }

  public String recommendation() {
    return recommendation;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionNote() {
    return decisionNote;
  }

  public String number() {
    return number;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public String signatoryName() {
    return signatoryName;
  }

  public String signatoryTitle() {
    return signatoryTitle;
  }

  public String signatoryNip() {
    return signatoryNip;
  }

  public String verifyKey() {
    return verifyKey;
  }

  public long version() {
    return version;
  }
}
