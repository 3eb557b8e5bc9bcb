package id.slrt.web.p2tp2a.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.CaseAccessEntry;
import id.slrt.referral.api.RecordCaseStep;
import id.slrt.referral.api.RecordConsent;
import id.slrt.referral.api.SopStepDetails;
import id.slrt.referral.api.ViolenceCaseDetails;
import id.slrt.referral.api.ViolenceCaseService;
import id.slrt.web.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One violence case as its manager handles it: who and what, the warning when the perpetrator lives
 * in the victim's family card, the SOP steps done and the next one, the consents (recorded and
 * withdrawn), and the access log. A case the reader may not read shows as not found.
 */
@Named("violenceCase")
@ViewScoped
public class CaseBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> STEP_FIELDS =
      Map.of(
          "step", "steps:step",
          "doneOn", "steps:doneOn",
          "agency", "steps:agency",
          "notes", "steps:notes");
  private static final Map<String, String> CONSENT_FIELDS =
      Map.of(
          "purpose", "consents:purpose",
          "recipient", "consents:recipient",
          "givenOn", "consents:givenOn",
          "expiresOn", "consents:expiresOn",
          "givenBy", "consents:givenBy",
          "giverName", "consents:giverName",
          "reason", "consents:reason");

  @Inject ViolenceCaseService service;
  @Inject OrganisationService organisation;

  private String id;
  private ViolenceCaseDetails details;
  private List<SopStepDetails> sop = List.of();
  private Map<String, String> agencies = Map.of();
  private List<CaseAccessEntry> log = List.of();

  private String step;
  private LocalDate doneOn;
  private String agency;
  private String notes;

  private String purpose = "PERLINDUNGAN_SOSIAL";
  private String recipient = "SLRT";
  private LocalDate givenOn;
  private LocalDate expiresOn;
  private String givenBy;
  private String giverName;
  private String reason;

  /** Loads the case named by the link; one the reader may not read is not found. */
  public void load() {
    try {
      details = id == null ? null : service.get(id);
    } catch (NotFoundException e) {
      details = null;
    }
    if (details == null) {
      Faces.error(null, Faces.text("violence.missing"));
      return;
    }
    sop = service.sopSteps();
    agencies = new TreeMap<>(organisation.providerNames());
    log = service.accessLog(id, PageRequest.of(0, 100)).items();
  }

  public void recordStep() {
    try {
      details =
          service.recordStep(
              id,
              new RecordCaseStep(step, doneOn == null ? null : doneOn.toString(), agency, notes));
      step = null;
      doneOn = null;
      agency = null;
      notes = null;
      Faces.info(Faces.text("violence.stepRecorded"));
      log = service.accessLog(id, PageRequest.of(0, 100)).items();
    } catch (BusinessException e) {
      Faces.refused(e, STEP_FIELDS);
    }
  }

  public void recordConsent() {
    try {
      details =
          service.recordConsent(
              id,
              new RecordConsent(
                  purpose,
                  recipient,
                  givenOn == null ? null : givenOn.toString(),
                  expiresOn == null ? null : expiresOn.toString(),
                  givenBy,
                  giverName,
                  reason));
      givenOn = null;
      expiresOn = null;
      giverName = null;
      reason = null;
      Faces.info(Faces.text("violence.consentRecorded"));
    } catch (BusinessException e) {
      Faces.refused(e, CONSENT_FIELDS);
    }
  }

  public void withdraw(ViolenceCaseDetails.ConsentView consent) {
    try {
      details = service.withdrawConsent(id, consent.id());
      Faces.info(Faces.text("violence.consentWithdrawnDone"));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  /** The agency's name for a code (the code itself when unknown). */
  public String agencyName(String code) {
    return code == null ? "" : agencies.getOrDefault(code, code);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ViolenceCaseDetails getDetails() {
    return details;
  }

  public List<SopStepDetails> getSop() {
    return sop;
  }

  public Map<String, String> getAgencies() {
    return agencies;
  }

  public List<CaseAccessEntry> getLog() {
    return log;
  }

  public List<String> getPurposes() {
    return service.codes().consentPurposes();
  }

  public List<String> getGivers() {
    return service.codes().consentGivers();
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public void setDoneOn(LocalDate doneOn) {
    this.doneOn = doneOn;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(LocalDate givenOn) {
    this.givenOn = givenOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getGivenBy() {
    return givenBy;
  }

  public void setGivenBy(String givenBy) {
    this.givenBy = givenBy;
  }

  public String getGiverName() {
    return giverName;
  }

  public void setGiverName(String giverName) {
    this.giverName = giverName;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
