package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.organisation.Organisation.ProviderView;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.organisation.ProviderCategory;
import id.slrt.referral.api.ReferralCodes;
import id.slrt.referral.api.ServiceCatalogueService;
import id.slrt.referral.api.ServiceDetails;
import id.slrt.referral.api.ServiceInput;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The district admin's service catalogue: every service with its agency, SLA and whether it is
 * offered, and the form to add one or change one (conditions, documents to bring, what it issues,
 * whether it changes the family's welfare situation). The rules are the catalogue's own, the same
 * as for the seed files and the API.
 */
@Named("services")
@ViewScoped
public class ServicesBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> INPUTS =
      Map.ofEntries(
          Map.entry("code", "code"),
          Map.entry("name", "name"),
          Map.entry("provider", "provider"),
          Map.entry("slaDays", "slaDays"),
          Map.entry("fastTrackSlaDays", "fastTrackSlaDays"),
          Map.entry("description", "description"),
          Map.entry("eligibilityNotes", "eligibilityNotes"),
          Map.entry("minAge", "minAge"),
          Map.entry("maxAge", "maxAge"),
          Map.entry("sex", "sex"),
          Map.entry("educationCompleted", "education"),
          Map.entry("maxDesil", "maxDesil"),
          Map.entry("documents", "documents"),
          Map.entry("issues", "issues"));

  @Inject ServiceCatalogueService catalogue;
  @Inject OrganisationService organisation;
  @Inject ReferralCodes codes;

  private List<ServiceDetails> items = List.of();

  /** The service being changed; null while adding one. */
  private ServiceDetails editing;

  private String code;
  private String name;
  private String provider;
  private Integer slaDays;
  private Integer fastTrackSlaDays;
  private String description;
  private String eligibilityNotes;
  private Integer minAge;
  private Integer maxAge;
  private String sex;
  private String education;
  private Integer maxDesil;
  private String documents;
  private List<String> issues = new ArrayList<>();
  private boolean changesWelfare;
  private boolean active = true;

  @PostConstruct
  public void init() {
    items = catalogue.allServices();
  }

  public void edit(ServiceDetails s) {
    editing = s;
    code = s.code();
    name = s.name();
    provider = s.provider();
    slaDays = s.slaDays();
    fastTrackSlaDays = s.fastTrackSlaDays();
    description = s.description();
    eligibilityNotes = s.eligibilityNotes();
    minAge = s.eligibility().minAge();
    maxAge = s.eligibility().maxAge();
    sex = s.eligibility().sex();
    education = s.eligibility().educationCompleted();
    maxDesil = s.eligibility().maxDesil();
    documents = String.join("\n", s.documents());
    issues = new ArrayList<>(s.issues());
    changesWelfare = s.changesWelfare();
    active = s.active();
  }

  public void startNew() {
    editing = null;
    code = null;
    name = null;
    provider = null;
    slaDays = null;
    fastTrackSlaDays = null;
    description = null;
    eligibilityNotes = null;
    minAge = null;
    maxAge = null;
    sex = null;
    education = null;
    maxDesil = null;
    documents = null;
    issues = new ArrayList<>();
    changesWelfare = false;
    active = true;
  }

  public void save() {
    ServiceInput input =
        new ServiceInput(
            code,
            name,
            provider,
            slaDays,
            fastTrackSlaDays,
            description,
            eligibilityNotes,
            new ServiceDetails.Eligibility(minAge, maxAge, sex, education, maxDesil),
            documents == null
                ? List.of()
                : Arrays.stream(documents.split("\\R")).filter(d -> !d.isBlank()).toList(),
            issues,
            changesWelfare,
            active,
            editing == null ? null : editing.version());
    try {
      ServiceDetails saved =
          editing == null ? catalogue.define(input) : catalogue.change(editing.code(), input);
      Faces.info(Faces.text("services.saved", saved.name()));
      startNew();
      items = catalogue.allServices();
    } catch (BusinessException e) {
      Faces.refused(
          e,
          field -> Faces.text("services.field." + field.replaceAll("\\[.*", "")),
          Faces.inputsOf("service", INPUTS));
    }
  }

  public List<ProviderView> getProviders() {
    return organisation.providers().stream()
        .filter(p -> p.active() && !ProviderCategory.servesViolenceCases(p.category()))
        .toList();
  }

  public List<String> getEducationLevels() {
    return codes.educationLevels();
  }

  public List<String> getIssuable() {
    return codes.issued();
  }

  public List<ServiceDetails> getItems() {
    return items;
  }

  public ServiceDetails getEditing() {
    return editing;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public Integer getSlaDays() {
    return slaDays;
  }

  public void setSlaDays(Integer slaDays) {
    this.slaDays = slaDays;
  }

  public Integer getFastTrackSlaDays() {
    return fastTrackSlaDays;
  }

  public void setFastTrackSlaDays(Integer fastTrackSlaDays) {
    this.fastTrackSlaDays = fastTrackSlaDays;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getEligibilityNotes() {
    return eligibilityNotes;
  }

  public void setEligibilityNotes(String eligibilityNotes) {
    this.eligibilityNotes = eligibilityNotes;
  }

  public Integer getMinAge() {
    return minAge;
  }

  public void setMinAge(Integer minAge) {
    this.minAge = minAge;
  }

  public Integer getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(Integer maxAge) {
    this.maxAge = maxAge;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getEducation() {
    return education;
  }

  public void setEducation(String education) {
    this.education = education;
  }

  public Integer getMaxDesil() {
    return maxDesil;
  }

  public void setMaxDesil(Integer maxDesil) {
    this.maxDesil = maxDesil;
  }

  public String getDocuments() {
    return documents;
  }

  public void setDocuments(String documents) {
    this.documents = documents;
  }

  public List<String> getIssues() {
    return issues;
  }

  public void setIssues(List<String> issues) {
    this.issues = issues;
  }

  public boolean isChangesWelfare() {
    return changesWelfare;
  }

  public void setChangesWelfare(boolean changesWelfare) {
    this.changesWelfare = changesWelfare;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
