package id.slrt.web.p2tp2a.web;

import id.slrt.core.error.BusinessException;
import id.slrt.referral.api.OpenViolenceCase;
import id.slrt.referral.api.ViolenceCaseDetails;
import id.slrt.referral.api.ViolenceCaseService;
import id.slrt.referral.api.ViolenceCodes;
import id.slrt.web.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A case opened at P2TP2A: the victim by NIK or anonymous, a child's guardian, the forms of
 * violence, the perpetrator, the narrative, and the consent to social protection. The manager who
 * opens it is its manager.
 */
@Named("violenceOpen")
@ViewScoped
public class OpenBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("victim.nik", "open:nik"),
          Map.entry("victim.name", "open:name"),
          Map.entry("victim.anonymous", "open:anonymous"),
          Map.entry("victim.alias", "open:alias"),
          Map.entry("victim.birthDate", "open:birthDate"),
          Map.entry("victim.sex", "open:sex"),
          Map.entry("guardian.name", "open:guardianName"),
          Map.entry("guardian.relation", "open:guardianRelation"),
          Map.entry("violenceTypes", "open:types"),
          Map.entry("perpetratorRelation", "open:relation"),
          Map.entry("safeContact", "open:safeContact"),
          Map.entry("narrative", "open:narrative"),
          Map.entry("simfoniNumber", "open:simfoni"),
          Map.entry("reportedOn", "open:reportedOn"),
          Map.entry("consentSocialProtection", "open:consent"));

  @Inject ViolenceCaseService service;

  private ViolenceCodes codes;

  private boolean anonymous;
  private String nik;
  private String name;
  private String alias;
  private LocalDate birthDate;
  private boolean child;
  private String sex = "F";
  private String guardianName;
  private String guardianRelation;
  private List<String> types = new ArrayList<>();
  private String relation;
  private boolean sameKk;
  private String safeContact;
  private String narrative;
  private String simfoni;
  private LocalDate reportedOn;
  private boolean consent;

  public String open() {
    try {
      ViolenceCaseDetails c =
          service.open(
              new OpenViolenceCase(
                  new OpenViolenceCase.VictimInput(
                      anonymous ? null : nik,
                      null,
                      anonymous ? null : name,
                      anonymous,
                      anonymous ? alias : null,
                      birthDate == null ? null : birthDate.toString(),
                      child,
                      sex),
                  new OpenViolenceCase.GuardianInput(guardianName, guardianRelation),
                  types,
                  relation,
                  sameKk,
                  safeContact,
                  narrative,
                  simfoni,
                  reportedOn == null ? null : reportedOn.toString(),
                  null,
                  consent,
                  List.of()));
      Faces.info(Faces.text("violence.opened", c.id()));
      return "/app/p2tp2a/case?faces-redirect=true&id=" + c.id();
    } catch (BusinessException e) {
      Faces.refused(e, FIELDS);
      return null;
    }
  }

  /** The forms of violence and the perpetrator's relations the case file knows. */
  public ViolenceCodes getCodes() {
    if (codes == null) {
      codes = service.codes();
    }
    return codes;
  }

  // --- form fields ---

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public String getNik() {
    return nik;
  }

  public void setNik(String nik) {
    this.nik = nik;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAlias() {
    return alias;
  }

  public void setAlias(String alias) {
    this.alias = alias;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public boolean isChild() {
    return child;
  }

  public void setChild(boolean child) {
    this.child = child;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getGuardianName() {
    return guardianName;
  }

  public void setGuardianName(String guardianName) {
    this.guardianName = guardianName;
  }

  public String getGuardianRelation() {
    return guardianRelation;
  }

  public void setGuardianRelation(String guardianRelation) {
    this.guardianRelation = guardianRelation;
  }

  public List<String> getTypes() {
    return types;
  }

  public void setTypes(List<String> types) {
    this.types = types == null ? new ArrayList<>() : new ArrayList<>(types);
  }

  public String getRelation() {
    return relation;
  }

  public void setRelation(String relation) {
    this.relation = relation;
  }

  public boolean isSameKk() {
    return sameKk;
  }

  public void setSameKk(boolean sameKk) {
    this.sameKk = sameKk;
  }

  public String getSafeContact() {
    return safeContact;
  }

  public void setSafeContact(String safeContact) {
    this.safeContact = safeContact;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String narrative) {
    this.narrative = narrative;
  }

  public String getSimfoni() {
    return simfoni;
  }

  public void setSimfoni(String simfoni) {
    this.simfoni = simfoni;
  }

  public LocalDate getReportedOn() {
    return reportedOn;
  }

  public void setReportedOn(LocalDate reportedOn) {
    this.reportedOn = reportedOn;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }
}
