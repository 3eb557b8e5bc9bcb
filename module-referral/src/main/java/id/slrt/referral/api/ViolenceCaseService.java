package id.slrt.referral.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import java.util.List;

/**
 * P2TP2A's violence cases. A case is read only by the managers assigned to it and the district's
 * P2TP2A heads; for every other caller each operation on a case answers {@link
 * id.slrt.core.error.NotFoundException} exactly as for a reference that does not exist. Every read
 * and change goes to the district's audit trail as sealed content, and is the case's access log.
 */
public interface ViolenceCaseService {
  /**
   * @throws id.slrt.core.error.ValidationException listing every refused field
   */
  ViolenceCaseDetails open(OpenViolenceCase request);

  /** A case; the read is logged. */
  ViolenceCaseDetails get(String id);

  /**
   * The cases the caller reads (assigned, or all for a head), the newest first; {@code status}
   * optional.
   */
  Page<ViolenceCaseSummary> list(String status, PageRequest page);

  /** New hand-overs no manager has taken yet, the oldest first: the managers' intake list. */
  Page<ViolenceCaseSummary> handOvers(PageRequest page);

  /** The caller takes a new hand-over. */
  ViolenceCaseDetails take(String id);

  /** Assigns the case to these managers (a head, or one of its managers). */
  ViolenceCaseDetails assign(String id, AssignCaseManagers request);

  ViolenceCaseDetails recordStep(String id, RecordCaseStep request);

  ViolenceCaseDetails recordConsent(String id, RecordConsent request);

  ViolenceCaseDetails withdrawConsent(String id, long consentId);

  /**
   * Refers the victim to a service of the catalogue as a step of the SOP, under a consent in force;
   * the referral is made in the district's name and looks like any other of that service.
   */
  ViolenceCaseDetails refer(String id, ReferFromCase request);

  /**
   * The letter of one of the case's referrals, printed in the district's name (the secretariat's
   * signatory), for the manager to give to the victim.
   */
  LetterDocument referralLetter(String id, long referralId, String verifyBase);

  /** The victim's family's welfare status and programs, under a consent for social protection. */
  SocialProtectionView socialProtection(String id);

  /** Sets or clears the case's safe contact. */
  ViolenceCaseDetails changeSafeContact(String id, ChangeSafeContact request);

  /** Replaces the district's SOP (district admin); answers the steps now offered. */
  List<SopStepDetails> changeSop(ChangeSop request);

  /**
   * The district admin reads a case in an emergency, with a written reason kept with the case and
   * shown to its managers.
   */
  ViolenceCaseDetails breakGlass(String id, BreakGlassRequest request);

  /**
   * How many emergency reads of the caller's cases happened in the last 30 days: the notice on a
   * case manager's home screen.
   */
  long recentEmergencyReads();

  /** Every read and change of the case, the latest first. */
  Page<CaseAccessEntry> accessLog(String id, PageRequest page);

  /** The codes the case's forms offer. */
  ViolenceCodes codes();

  /** The district's SOP steps, in order. */
  List<SopStepDetails> sopSteps();

  /** The district's P2TP2A heads (district admin). */
  List<String> heads();

  /** Names a case manager of the district a P2TP2A head (district admin). */
  List<String> nameHead(String username);

  /** Takes the head's part from a user (district admin). */
  List<String> removeHead(String username);
}
