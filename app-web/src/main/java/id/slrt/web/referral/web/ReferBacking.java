package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.referral.api.CreateReferral;
import id.slrt.referral.api.EligibilityCheck;
import id.slrt.referral.api.EligibilityWarning;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralService;
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
 * Referring a person: from a family's page or a need (the person and the need come with the link),
 * or typed by NIK. Choosing the service shows its agency, its SLA, what the person may not meet and
 * the documents to bring, before anything is saved.
 */
@Named("refer")
@ViewScoped
public class ReferBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  @Inject ServiceCatalogueService catalogue;
  @Inject ReferralService referrals;

  private String nik;
  private Long personId;
  private Long needId;
  private String serviceCode;
  private String reason;
  private String contact;
  private boolean fastTrack;
  private java.time.LocalDate referredOn;
  private List<ServiceDetails> services;
  private EligibilityCheck check;

  public List<ServiceDetails> getServices() {
    if (services == null) {
      services = catalogue.activeServices();
    }
    return services;
  }

  public ServiceDetails getService() {
    return getServices().stream()
        .filter(s -> s.code().equals(serviceCode))
        .findFirst()
        .orElse(null);
  }

  /** The person or the service changed: check again what the person may not meet. */
  public void recheck() {
    check = null;
    if (serviceCode == null || (blank(nik) && personId == null)) {
      return;
    }
    try {
      EligibilityCheck found = catalogue.check(serviceCode, blank(nik) ? null : nik, personId);
      check =
          new EligibilityCheck(
              found.serviceCode(),
              found.personId(),
              found.personName(),
              EligibilityWarning.localized(found.warnings(), Faces.locale()),
              found.eligibilityNotes(),
              found.documents());
    } catch (BusinessException e) {
      Faces.refused(
          e, field -> Faces.text("refer.field." + field), Faces.inputsOf("refer", INPUTS));
    }
  }

  private static final Map<String, String> INPUTS =
      Map.of(
          "nik",
          "nik",
          "serviceCode",
          "service",
          "reason",
          "reason",
          "referredOn",
          "referredOn",
          "contact",
          "contact");

  /** Makes the referral and opens it. */
  public String save() {
    try {
      ReferralDetails made =
          referrals.refer(
              new CreateReferral(
                  blank(nik) ? null : nik,
                  blank(nik) ? personId : null,
                  serviceCode,
                  reason,
                  needId,
                  fastTrack,
                  referredOn == null ? null : referredOn.toString(),
                  contact));
      Faces.info(Faces.text("refer.done", made.serviceName(), made.dueDate()));
      return "/app/referral/referral.xhtml?faces-redirect=true&id=" + made.id();
    } catch (BusinessException e) {
      Faces.refused(
          e, field -> Faces.text("refer.field." + field), Faces.inputsOf("refer", INPUTS));
      return null;
    }
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getNik() {
    return nik;
  }

  public void setNik(String nik) {
    this.nik = nik;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public Long getNeedId() {
    return needId;
  }

  public void setNeedId(Long needId) {
    this.needId = needId;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isFastTrack() {
    return fastTrack;
  }

  public void setFastTrack(boolean fastTrack) {
    this.fastTrack = fastTrack;
  }

  public java.time.LocalDate getReferredOn() {
    return referredOn;
  }

  public void setReferredOn(java.time.LocalDate referredOn) {
    this.referredOn = referredOn;
  }

  public EligibilityCheck getCheck() {
    return check;
  }
}
