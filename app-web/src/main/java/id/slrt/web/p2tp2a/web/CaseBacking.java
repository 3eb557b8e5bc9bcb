package id.slrt.web.p2tp2a.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.CaseAccessEntry;
import id.slrt.referral.api.ChangeSafeContact;
import id.slrt.referral.api.RecordCaseStep;
import id.slrt.referral.api.RecordConsent;
import id.slrt.referral.api.ReferFromCase;
import id.slrt.referral.api.ServiceCatalogueService;
import id.slrt.referral.api.ServiceDetails;
import id.slrt.referral.api.SocialProtectionView;
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

  private static final Map<String, String> REFER_FIELDS =
      Map.of(
          "serviceCode", "protection:service",
          "step", "protection:referStep",
          "notes", "protection:referNotes",
          "safeContact", "contact:safeContact");

  @Inject ViolenceCaseService service;
  @Inject OrganisationService organisation;
  @Inject ServiceCatalogueService catalogue;

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

  private String safeContact;
  private SocialProtectionView protection;
  private List<ServiceDetails> services;
  private String serviceCode;
  private String referStep;
  private String referNotes;
  private boolean fastTrack;

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
    safeContact = details.safeContact();
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

  public void saveSafeContact() {
    try {
      details = service.changeSafeContact(id, new ChangeSafeContact(safeContact));
      safeContact = details.safeContact();
      Faces.info(Faces.text("violence.safeContactSaved"));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of("safeContact", "contact:safeContact"));
    }
  }

  /** The family's welfare status and programs, read under the consent (logged in the case). */
  public void loadProtection() {
    try {
      protection = service.socialProtection(id);
      log = service.accessLog(id, PageRequest.of(0, 100)).items();
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  /** Refers the victim as a step of the SOP; the referral is made in the district's name. */
  public void refer() {
    try {
      details =
          service.refer(id, new ReferFromCase(serviceCode, referStep, null, referNotes, fastTrack));
      serviceCode = null;
      referStep = null;
      referNotes = null;
      fastTrack = false;
      Faces.info(Faces.text("violence.referred"));
      log = service.accessLog(id, PageRequest.of(0, 100)).items();
    } catch (BusinessException e) {
      Faces.refused(e, REFER_FIELDS);
    }
  }

  /** The catalogue's active services, for the referral form. */
  public List<ServiceDetails> getServices() {
    if (services == null) {
      services = catalogue.activeServices();
    }
    return services;
  }

  /** A service's name for its code (the code itself when it is no longer in the catalogue). */
  public String serviceName(String code) {
    return getServices().stream()
        .filter(v -> v.code().equals(code))
        .map(ServiceDetails::name)
        .findFirst()
        .orElse(code);
  }

  public String getSafeContact() {
    return safeContact;
  }

  public void setSafeContact(String safeContact) {
    this.safeContact = safeContact;
  }

  public SocialProtectionView getProtection() {
    return protection;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public String getReferStep() {
    return referStep;
  }

  public void setReferStep(String referStep) {
    this.referStep = referStep;
  }

  public String getReferNotes() {
    return referNotes;
  }

  public void setReferNotes(String referNotes) {
    this.referNotes = referNotes;
  }

  public boolean isFastTrack() {
    return fastTrack;
  }

  public void setFastTrack(boolean fastTrack) {
    this.fastTrack = fastTrack;
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
