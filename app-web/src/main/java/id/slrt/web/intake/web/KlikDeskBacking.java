package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.Messages;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.ConsultationDetails;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.IntakeCodes;
import id.slrt.intake.api.KlikEventDetails;
import id.slrt.intake.api.KlikService;
import id.slrt.intake.api.KlikSummary;
import id.slrt.intake.api.NikReading;
import id.slrt.intake.api.PersonDetails;
import id.slrt.intake.api.RecordConsultation;
import id.slrt.intake.api.RecordVisit;
import id.slrt.intake.api.VisitDetails;
import id.slrt.web.web.Faces;
import id.slrt.web.web.StackedBars;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The KLIK desk on a cadre's phone, as the day runs: the registration desk registers each visitor
 * on arrival (a name or none, sex, age band, dusun, NIK if they have one) and gives the queue
 * number; the thematic desks pick the visitor by that number and record the consultation (the
 * identity desk also what documents and whether served on the spot); the violence desk takes no
 * number and says the case was passed on confidentially. A paper form can be entered afterwards
 * with the time it says. Below, the summary as a chart and the latest consultations.
 */
@Named("klikDesk")
@ViewScoped
public class KlikDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject KlikService klik;
  @Inject HouseholdService households;
  @Inject IntakeCodes codes;
  @Inject DistrictTime time;

  private Long eventId;
  private KlikEventDetails event;
  private String desk;
  private String sex;
  private String nik;
  private String personInfo;
  private String topic;
  private boolean priority;
  private boolean followUp;
  private String followUpNote;
  private String lastQueue;
  private String lastConfidential;
  private VisitDetails lastVisit;

  // the registration desk: who arrived
  private String visitorName;
  private String ageBand;
  private String dusun;
  private String phone;

  // a thematic desk: the visitor by their number, and the identity desk's facts
  private Long visitId;
  private List<VisitDetails> visits = List.of();
  private List<String> documents = new ArrayList<>();
  private String result;

  /** From a paper form: the time it says the visitor was served (on the event's day). */
  private LocalTime servedTime;

  private List<ConsultationDetails> recent = List.of();
  private List<ConsultationDetails> followUps = List.of();
  private KlikSummary summary;

  /** Loads the event named in the address ({@code ?event=12}). */
  public void load() {
    if (eventId == null) {
      return;
    }
    try {
      event = klik.getEvent(eventId);
      if (desk == null && !event.desks().isEmpty()) {
        desk = event.desks().get(event.desks().size() > 1 ? 1 : 0);
      }
      refresh();
    } catch (NotFoundException e) {
      event = null;
      Faces.error(null, e.message(Faces.locale()));
    }
  }

  private void refresh() {
    visits = klik.visits(eventId, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    recent = klik.consultations(eventId, null, null, PageRequest.of(0, 10)).items();
    // the open ones first, each group latest first
    followUps =
        klik
            .consultations(eventId, null, "true", PageRequest.of(0, PageRequest.MAX_SIZE))
            .items()
            .stream()
            .sorted(Comparator.comparing(ConsultationDetails::followedUp))
            .toList();
    summary = klik.summary(eventId);
  }

  /**
   * Looks the NIK up as it is typed and says who it is. It never changes the sex tapped: the NIK's
   * answer can arrive after a tap and must not overwrite it (a man was once saved as a woman so).
   * What the NIK says of the sex is shown; when no sex is tapped the service takes the NIK's, and
   * one that disagrees with the NIK is refused on saving.
   */
  public void lookUp() {
    personInfo = null;
    if (nik == null || nik.isBlank()) {
      return;
    }
    Locale locale = Faces.locale();
    try {
      NikReading read = households.readNik(nik, sex, null);
      List<String> said = new ArrayList<>();
      try {
        PersonDetails person = households.findPerson(read.nik());
        said.add(Faces.text("klik.desk.known", person.name(), person.kk()));
      } catch (NotFoundException e) {
        said.add(Faces.text("klik.desk.unknown"));
      }
      if (sex == null || sex.isBlank()) {
        said.add(Faces.text("klik.desk.nikSex", Faces.text("register.sex." + read.sex())));
      } else {
        read.disagreements().forEach(k -> said.add(Messages.get(locale, k)));
      }
      personInfo = String.join(" ", said);
    } catch (ValidationException e) {
      personInfo =
          String.join(
              " ",
              e.errors().stream()
                  .map(f -> Messages.get(locale, f.messageKey(), f.arguments()))
                  .toList());
    }
  }

  public void save() {
    try {
      if (isRegistration()) {
        VisitDetails saved =
            klik.recordVisit(
                eventId,
                new RecordVisit(
                    sex, visitorName, nik, ageBand, dusun, phone, priority, servedAt()));
        lastQueue = saved.queueNumber();
        lastConfidential = null;
        lastVisit = saved;
        Faces.info(Faces.text("klik.desk.visitSaved", saved.queueNumber()));
      } else {
        ConsultationDetails saved =
            klik.recordConsultation(
                eventId,
                new RecordConsultation(
                    desk,
                    sex,
                    nik,
                    topic,
                    priority,
                    followUp,
                    followUpNote,
                    isViolenceDesk() ? null : visitId,
                    isIdentityDesk() ? documents : List.of(),
                    isIdentityDesk() ? result : null,
                    servedAt()));
        lastVisit = null;
        if (saved.queueLabel() == null) {
          // the violence desk: no number from a line others see
          lastQueue = null;
          lastConfidential = Faces.text("klik.desk.confidential");
          Faces.info(lastConfidential);
        } else {
          lastQueue = saved.queueLabel();
          lastConfidential = null;
          Faces.info(Faces.text("klik.desk.saved", saved.queueLabel()));
        }
      }
      clear();
      refresh();
    } catch (BusinessException e) {
      Faces.refused(e, field -> Faces.text("klik.field." + field), Faces.inputsOf("desk", INPUTS));
    }
  }

  /** The desk form's inputs by the fields the KLIK service names. */
  private static final java.util.Map<String, String> INPUTS =
      java.util.Map.of(
          "name", "visitorName",
          "servedAt", "servedTime",
          "desk", "deskChoice",
          "visitId", "visit");

  private void clear() {
    sex = null;
    nik = null;
    personInfo = null;
    topic = null;
    priority = false;
    followUp = false;
    followUpNote = null;
    visitorName = null;
    ageBand = null;
    dusun = null;
    phone = null;
    visitId = null;
    documents = new ArrayList<>();
    result = null;
    servedTime = null;
  }

  /** The paper form's time on the event's day, in the district's time; null for now. */
  private Instant servedAt() {
    return servedTime == null
        ? null
        : event.heldOn().atTime(servedTime).atZone(time.zone()).toInstant();
  }

  /** The desk changed: its form differs (registration, identity, violence). */
  public void deskChanged() {
    visitId = null;
    documents = new ArrayList<>();
    result = null;
  }

  public boolean isRegistration() {
    return "PENDAFTARAN".equals(desk);
  }

  /** The desk records documents and a result (the domain says which desks, not this screen). */
  public boolean isIdentityDesk() {
    return codes.identityDesks().contains(desk);
  }

  /** The confidential violence desk: no visitor number is taken there. */
  public boolean isViolenceDesk() {
    return codes.confidentialDesks().contains(desk);
  }

  /** A visitor as the thematic desks pick them: their number and a name or their sex. */
  public String visitLabel(VisitDetails v) {
    String who =
        v.name() != null
            ? v.name()
            : Faces.text("register.sex." + v.sex()) + (v.dusun() == null ? "" : ", " + v.dusun());
    return v.queueNumber() + " · " + who;
  }

  public List<VisitDetails> getVisits() {
    return visits;
  }

  public Long getVisitId() {
    return visitId;
  }

  public void setVisitId(Long visitId) {
    this.visitId = visitId;
  }

  public String getVisitorName() {
    return visitorName;
  }

  public void setVisitorName(String visitorName) {
    this.visitorName = visitorName;
  }

  public String getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(String ageBand) {
    this.ageBand = ageBand;
  }

  public String getDusun() {
    return dusun;
  }

  public void setDusun(String dusun) {
    this.dusun = dusun;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public List<String> getDocuments() {
    return documents;
  }

  public void setDocuments(List<String> documents) {
    this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public LocalTime getServedTime() {
    return servedTime;
  }

  public void setServedTime(LocalTime servedTime) {
    this.servedTime = servedTime;
  }

  /** The visitor just registered: their family's page, or registering it, is one step away. */
  public VisitDetails getLastVisit() {
    return lastVisit;
  }

  public String getLastConfidential() {
    return lastConfidential;
  }

  public List<String> getAgeBands() {
    return codes.ageBands();
  }

  public List<String> getIdentityServices() {
    return codes.identityServices();
  }

  public List<String> getDeskResults() {
    return codes.deskResults();
  }

  /** Marks a follow-up as done, e.g. once the person was referred after the event. */
  public void markFollowedUp(long consultationId) {
    try {
      ConsultationDetails done = klik.followedUp(eventId, consultationId);
      Faces.info(Faces.text("klik.followUps.marked", done.queueLabel()));
    } catch (BusinessException e) {
      Faces.error(null, e.message(Faces.locale()));
    }
    refresh();
  }

  public List<ConsultationDetails> getFollowUps() {
    return followUps;
  }

  /** Chart.js configuration: consultations per desk, women and men stacked. */
  public String getChart() {
    if (summary == null) {
      return "{}";
    }
    StackedBars chart =
        new StackedBars(
            List.of(Faces.text("register.sex.F"), Faces.text("register.sex.M")),
            List.of("#0b6e4f", "#f0b429"));
    for (KlikSummary.DeskSummary d : summary.desks()) {
      chart.bar(
          Faces.text("desk." + d.desk()),
          d.women() instanceof Number n ? n.longValue() : 0,
          d.men() instanceof Number n ? n.longValue() : 0);
    }
    return chart.json();
  }

  public Long getEventId() {
    return eventId;
  }

  public void setEventId(Long eventId) {
    this.eventId = eventId;
  }

  public KlikEventDetails getEvent() {
    return event;
  }

  public String getDesk() {
    return desk;
  }

  public void setDesk(String desk) {
    this.desk = desk;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getNik() {
    return nik;
  }

  public void setNik(String nik) {
    this.nik = nik;
  }

  public String getPersonInfo() {
    return personInfo;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public boolean isPriority() {
    return priority;
  }

  public void setPriority(boolean priority) {
    this.priority = priority;
  }

  public boolean isFollowUp() {
    return followUp;
  }

  public void setFollowUp(boolean followUp) {
    this.followUp = followUp;
  }

  public String getFollowUpNote() {
    return followUpNote;
  }

  public void setFollowUpNote(String followUpNote) {
    this.followUpNote = followUpNote;
  }

  public String getLastQueue() {
    return lastQueue;
  }

  public List<ConsultationDetails> getRecent() {
    return recent;
  }

  public KlikSummary getSummary() {
    return summary;
  }
}
