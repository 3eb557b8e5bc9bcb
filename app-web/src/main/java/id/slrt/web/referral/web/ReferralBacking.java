package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.tenancy.TenantRunner;
import id.slrt.referral.api.ConferenceDetails;
import id.slrt.referral.api.ConferenceService;
import id.slrt.referral.api.ReferralAccess;
import id.slrt.referral.api.ReferralCodes;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralService;
import id.slrt.referral.api.ReferralTransition;
import id.slrt.referral.api.ServiceCatalogueService;
import id.slrt.referral.api.ServiceDetails;
import id.slrt.web.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One referral: the person as the reader may see them, the service and its checklist, the due date,
 * the history, and the moves the reader may make now (an agency accepts, refuses with a reason,
 * processes and completes with an outcome; the front office also withdraws). The move is checked
 * against the version shown, so two desks answering at once cannot overwrite each other.
 */
@Named("referral")
@ViewScoped
public class ReferralBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> INPUTS =
      Map.of(
          "note",
          "note",
          "outcome",
          "outcome",
          "referOnServiceCode",
          "referOn",
          "issuedNik",
          "issuedNik",
          "issuedKk",
          "issuedKk");

  @Inject ReferralService referrals;
  @Inject ServiceCatalogueService catalogue;
  @Inject ReferralCodes codes;
  @Inject ConferenceService conferenceService;
  @Inject ReferralAccess access;
  @Inject id.slrt.intake.api.VerivaliService verivali;

  private Long id;
  private ReferralDetails details;
  private String note;
  private String outcome;
  private String referOn;
  private String issuedNik;
  private String issuedKk;
  private List<ConferenceDetails> conferences;

  /** Loads the referral named by the link; one the reader may not see reads as missing. */
  public void load() {
    if (id == null) {
      details = null;
      return;
    }
    try {
      details = referrals.get(id);
    } catch (NotFoundException e) {
      details = null;
      Faces.error(null, Faces.text("referral.missing"));
    }
  }

  public void move(String to) {
    if (details == null) {
      return;
    }
    try {
      details =
          referrals.move(
              details.id(),
              details.version(),
              new ReferralTransition(
                  to,
                  note,
                  "SELESAI".equals(to) ? outcome : null,
                  "SELESAI".equals(to) && "DIRUJUK_LANJUT".equals(outcome) ? referOn : null,
                  served(to) ? blankToNull(issuedNik) : null,
                  served(to) ? blankToNull(issuedKk) : null));
      note = null;
      outcome = null;
      referOn = null;
      issuedNik = null;
      issuedKk = null;
      Faces.info(Faces.text("referral.moved", Faces.text("referral.status." + to)));
    } catch (BusinessException e) {
      Faces.refused(
          e, field -> Faces.text("referral.field." + field), Faces.inputsOf("moves", INPUTS));
      if (!(e instanceof ValidationException)) {
        load(); // it moved on meanwhile: show it as it is now
      }
    }
  }

  private boolean served(String to) {
    return "SELESAI".equals(to) && "DILAYANI".equals(outcome);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public String getIssuedNik() {
    return issuedNik;
  }

  public void setIssuedNik(String issuedNik) {
    this.issuedNik = issuedNik;
  }

  public String getIssuedKk() {
    return issuedKk;
  }

  public void setIssuedKk(String issuedKk) {
    this.issuedKk = issuedKk;
  }

  /** The services a completed referral can be referred on to. */
  public List<ServiceDetails> getServices() {
    return catalogue.activeServices();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** Who made a move, as people read it: the district's own name reads "Kabupaten (SLRT)". */
  public String by(String username) {
    return TenantRunner.DISTRICT_NAME.equals(username)
        ? Faces.text("referral.byDistrict")
        : username;
  }

  public ReferralDetails getDetails() {
    return details;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getReferOn() {
    return referOn;
  }

  public void setReferOn(String referOn) {
    this.referOn = referOn;
  }

  /**
   * One click after a welfare-changing service was received: a PERBAIKAN proposal for the family,
   * its reason naming the service and the referral, for the review the district already does.
   */
  public void proposeVerivali() {
    if (details == null || !details.verivaliSuggested()) {
      return;
    }
    try {
      var proposal =
          verivali.propose(
              new id.slrt.intake.api.ProposeVerivali(
                  details.householdId(),
                  "PERBAIKAN",
                  Faces.text(
                      "referral.verivaliReason",
                      details.serviceName(),
                      String.valueOf(details.id())),
                  null,
                  details.outcome() == null ? null : lastNote()));
      Faces.info(Faces.text("referral.verivaliProposed", String.valueOf(proposal.id())));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  private String lastNote() {
    var history = details.history();
    return history.isEmpty() ? null : history.get(history.size() - 1).note();
  }

  /** The case conferences that discussed this referral (none for those who may not read them). */
  public List<ConferenceDetails> getConferences() {
    if (conferences == null) {
      conferences =
          details == null || !access.mayReadConferences()
              ? List.of()
              : conferenceService.list(details.id(), PageRequest.of(0, 20)).items();
    }
    return conferences;
  }

  public List<String> getOutcomes() {
    return codes.outcomes();
  }
}
