package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.organisation.Organisation.UnitView;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.organisation.UnitKind;
import id.slrt.referral.api.ChangeLetterSettings;
import id.slrt.referral.api.LetterService;
import id.slrt.referral.api.LetterSettingsDetails;
import id.slrt.referral.api.NameSignatory;
import id.slrt.referral.api.SignatoryDetails;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The district admin's referral letters: the letterhead, the numbering, whether a letter needs a
 * recommendation and the signatory's decision, and who signs for the secretariat and each Puskesos.
 */
@Named("letterSettings")
@ViewScoped
public class LetterSettingsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> SETTINGS_INPUTS =
      Map.of(
          "authority", "authority",
          "office", "office",
          "address", "address",
          "place", "place",
          "numberPattern", "numberPattern");
  private static final Map<String, String> SIGNATORY_INPUTS =
      Map.of("username", "username", "name", "name", "title", "title", "nip", "nip");

  @Inject LetterService letters;
  @Inject OrganisationService organisation;

  private LetterSettingsDetails settings;
  private String authority;
  private String office;
  private String address;
  private String place;
  private String numberPattern;
  private boolean approvalRequired;
  private List<UnitView> units = List.of();
  private String unitCode;
  private String username;
  private String name;
  private String title;
  private String nip;

  @PostConstruct
  public void init() {
    load();
    units =
        organisation.units().stream()
            .filter(
                u ->
                    u.active()
                        && (UnitKind.SEKRETARIAT.name().equals(u.kind())
                            || UnitKind.PUSKESOS.name().equals(u.kind())))
            .toList();
  }

  private void load() {
    settings = letters.settings();
    authority = settings.authority();
    office = settings.office();
    address = settings.address();
    place = settings.place();
    numberPattern = settings.numberPattern();
    approvalRequired = settings.approvalRequired();
  }

  public void save() {
    try {
      letters.changeSettings(
          new ChangeLetterSettings(
              authority, office, address, place, numberPattern, approvalRequired),
          id -> settings.version());
      load();
      Faces.info(Faces.text("letters.saved"));
    } catch (BusinessException e) {
      Faces.refused(
          e,
          field -> Faces.text("letters.field." + field),
          Faces.inputsOf("settings", SETTINGS_INPUTS));
    }
  }

  public void nameSignatory() {
    try {
      SignatoryDetails named =
          letters.nameSignatory(unitCode, new NameSignatory(username, name, title, nip));
      Faces.info(Faces.text("letters.signatoryNamed", named.name(), named.unitName()));
      unitCode = null;
      username = null;
      name = null;
      title = null;
      nip = null;
      load();
    } catch (BusinessException e) {
      Faces.refused(
          e,
          field -> Faces.text("letters.field." + field),
          Faces.inputsOf("signatory", SIGNATORY_INPUTS));
    }
  }

  /** Fills the form with a signatory, to change it. */
  public void edit(SignatoryDetails s) {
    unitCode = s.unitCode();
    username = s.username();
    name = s.name();
    title = s.title();
    nip = s.nip();
  }

  public void remove(SignatoryDetails s) {
    try {
      letters.removeSignatory(s.unitCode());
      Faces.info(Faces.text("letters.signatoryRemoved", s.unitName()));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
    load();
  }

  public LetterSettingsDetails getSettings() {
    return settings;
  }

  public List<UnitView> getUnits() {
    return units;
  }

  public String getAuthority() {
    return authority;
  }

  public void setAuthority(String authority) {
    this.authority = authority;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getNumberPattern() {
    return numberPattern;
  }

  public void setNumberPattern(String numberPattern) {
    this.numberPattern = numberPattern;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public void setApprovalRequired(boolean approvalRequired) {
    this.approvalRequired = approvalRequired;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getNip() {
    return nip;
  }

  public void setNip(String nip) {
    this.nip = nip;
  }
}
