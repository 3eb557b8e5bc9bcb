package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.MemberDetails;
import id.slrt.pkh.api.CaseNoteDetails;
import id.slrt.pkh.api.CaseNoteService;
import id.slrt.pkh.api.CloseCaseNote;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmFilter;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.OpenCaseNote;
import id.slrt.pkh.api.PkhAccess;
import id.slrt.pkh.api.RecordCaseAction;
import id.slrt.pkh.api.ReferCaseNote;
import id.slrt.referral.api.ServiceCatalogueService;
import id.slrt.referral.api.ServiceDetails;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A facilitator's cases: opened about a KPM of their groups (the member concerned, the teachers
 * involved), actions recorded as they happen, a referral in one step, the outcome that closes it.
 * Coordinators and the admin read them.
 */
@Named("pkhCases")
@ViewScoped
public class CaseNotesBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> OPEN_FIELDS =
      Map.of(
          "participantNumber", "open:kpm",
          "subject", "open:subject",
          "foundOn", "open:foundOn",
          "personId", "open:person",
          "description", "open:description",
          "people", "open:people");

  @Inject CaseNoteService cases;
  @Inject KpmService kpm;
  @Inject HouseholdService households;
  @Inject ServiceCatalogueService catalogue;
  @Inject PkhAccess pkhAccess;
  @Inject DistrictTime districtTime;

  private boolean openOnly = true;
  private List<CaseNoteDetails> items = List.of();
  private List<KpmDetails> families = List.of();
  private List<MemberDetails> members = List.of();
  private List<ServiceDetails> services = List.of();

  private String number;
  private Long personId;
  private String subject;
  private LocalDate foundOn;
  private String description;
  private String people;

  /** Per case: the action, referral and outcome being written. */
  private final Map<Long, Draft> drafts = new HashMap<>();

  /** What is being written on one case. */
  public static class Draft implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate on;
    private String type = "KUNJUNGAN_RUMAH";
    private String note;
    private String serviceCode;
    private String outcome;

    Draft(LocalDate today) {
      this.on = today;
    }

    public LocalDate getOn() {
      return on;
    }

    public void setOn(LocalDate on) {
      this.on = on;
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    public String getServiceCode() {
      return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
      this.serviceCode = serviceCode;
    }

    public String getOutcome() {
      return outcome;
    }

    public void setOutcome(String outcome) {
      this.outcome = outcome;
    }
  }

  @PostConstruct
  public void init() {
    if (isFacilitator()) {
      families = kpm.search(new KpmFilter(null, "AKTIF"), PageRequest.of("0", "500")).items();
      services = catalogue.activeServices();
    }
    load();
  }

  public void load() {
    items = cases.search(Boolean.toString(openOnly), null, PageRequest.of("0", "100")).items();
  }

  /** Only the facilitators work on cases; the others read them. */
  public boolean isFacilitator() {
    return pkhAccess.mayWorkCases();
  }

  public void familyChosen() {
    personId = null;
    members = List.of();
    families.stream()
        .filter(k -> k.participantNumber().equals(number))
        .findFirst()
        .ifPresent(
            k ->
                members =
                    households.get(k.householdId()).members().stream()
                        .filter(m -> "AKTIF".equals(m.status()))
                        .toList());
  }

  public void open() {
    List<OpenCaseNote.PersonInvolved> involved = new ArrayList<>();
    if (people != null) {
      for (String line : people.split("\\R")) {
        if (!line.isBlank()) {
          String[] parts = line.split("[-–—:]", 2);
          involved.add(
              new OpenCaseNote.PersonInvolved(
                  parts[0].trim(), parts.length > 1 ? parts[1].trim() : null));
        }
      }
    }
    try {
      CaseNoteDetails made =
          cases.open(
              new OpenCaseNote(
                  number,
                  subject,
                  personId,
                  foundOn == null ? null : foundOn.toString(),
                  description,
                  involved));
      Faces.info(Faces.text("pkh.cases.opened", made.subject()));
      number = null;
      personId = null;
      subject = null;
      foundOn = null;
      description = null;
      people = null;
      members = List.of();
      load();
    } catch (BusinessException e) {
      Faces.refused(e, field -> null, field -> OPEN_FIELDS.get(field.replaceAll("\\[.*", "")));
    }
  }

  public Draft draft(long id) {
    return drafts.computeIfAbsent(id, x -> new Draft(districtTime.today()));
  }

  public void act(long id) {
    Draft d = draft(id);
    run(
        () ->
            cases.act(
                id, new RecordCaseAction(d.on == null ? null : d.on.toString(), d.type, d.note)),
        "pkh.cases.acted",
        id);
  }

  public void refer(long id) {
    Draft d = draft(id);
    run(() -> cases.refer(id, new ReferCaseNote(d.serviceCode, null)), "pkh.cases.referred", id);
  }

  public void close(long id) {
    Draft d = draft(id);
    run(() -> cases.close(id, new CloseCaseNote(d.outcome)), "pkh.cases.closed", id);
  }

  private void run(Runnable work, String done, long id) {
    try {
      work.run();
      drafts.remove(id);
      Faces.info(Faces.text(done));
      load();
    } catch (BusinessException e) {
      Faces.refused(e, field -> Faces.text("pkh.cases.field." + field), field -> null);
    }
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public List<CaseNoteDetails> getItems() {
    return items;
  }

  public List<KpmDetails> getFamilies() {
    return families;
  }

  public List<MemberDetails> getMembers() {
    return members;
  }

  public List<ServiceDetails> getServices() {
    return services;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public void setFoundOn(LocalDate foundOn) {
    this.foundOn = foundOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPeople() {
    return people;
  }

  public void setPeople(String people) {
    this.people = people;
  }
}
