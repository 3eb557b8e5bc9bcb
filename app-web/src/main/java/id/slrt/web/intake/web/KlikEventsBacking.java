package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.organisation.Organisation.ProviderView;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.CreateKlikEvent;
import id.slrt.intake.api.IntakeCodes;
import id.slrt.intake.api.KlikEventDetails;
import id.slrt.intake.api.KlikService;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The district's KLIK events, and a new one with its village, date, organiser and desks. */
@Named("klikEvents")
@ViewScoped
public class KlikEventsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject KlikService klik;
  @Inject OrganisationService organisation;
  @Inject DistrictTime time;
  @Inject IntakeCodes codes;

  private List<KlikEventDetails> events = List.of();
  private String districtCode;
  private String villageCode;
  private LocalDate heldOn;
  private String organizer = "Serikat PEKKA";
  private List<String> desks;
  private String organizerType = "SERIKAT_PEKKA";
  private List<String> agencies = new ArrayList<>();

  @PostConstruct
  void load() {
    if (heldOn == null) {
      heldOn = time.today();
    }
    if (desks == null) {
      desks = new ArrayList<>(codes.defaultDesks());
    }
    events = klik.listEvents(PageRequest.of(0, 100)).items();
  }

  public String create() {
    try {
      KlikEventDetails event =
          klik.createEvent(
              new CreateKlikEvent(villageCode, heldOn, organizer, desks, organizerType, agencies));
      return "/app/klik/desk.xhtml?faces-redirect=true&event=" + event.id();
    } catch (BusinessException e) {
      Faces.refused(
          e,
          field -> Faces.text("klik.field." + field.replaceAll("\\[\\d+]", "")),
          Faces.inputsOf("newEvent", java.util.Map.of("villageCode", "village")));
    }
    return null;
  }

  public void districtChanged() {
    villageCode = null;
  }

  public List<String> getOrganizerTypes() {
    return codes.organizerTypes();
  }

  /** The district's active agencies, to say which were present. */
  public List<ProviderView> getProviders() {
    return organisation.providers().stream().filter(ProviderView::active).toList();
  }

  public String getOrganizerType() {
    return organizerType;
  }

  public void setOrganizerType(String organizerType) {
    this.organizerType = organizerType;
  }

  public List<String> getAgencies() {
    return agencies;
  }

  public void setAgencies(List<String> agencies) {
    this.agencies = agencies == null ? new ArrayList<>() : new ArrayList<>(agencies);
  }

  public List<String> getAllDesks() {
    return codes.desks();
  }

  public List<KlikEventDetails> getEvents() {
    return events;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getVillageCode() {
    return villageCode;
  }

  public void setVillageCode(String villageCode) {
    this.villageCode = villageCode;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getOrganizer() {
    return organizer;
  }

  public void setOrganizer(String organizer) {
    this.organizer = organizer;
  }

  public List<String> getDesks() {
    return desks;
  }

  public void setDesks(List<String> desks) {
    this.desks = desks;
  }
}
