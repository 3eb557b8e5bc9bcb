package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.pkh.api.GraduationService;
import id.slrt.pkh.api.MonitoringService;
import id.slrt.pkh.api.PkhAccess;
import id.slrt.pkh.api.TargetProgress;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Coaching of facilitators: a coordinator records it; a facilitator reads their own. */
@Named("pkhCoaching")
@ViewScoped
public class CoachingBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MonitoringService monitoring;
  @Inject GraduationService graduations;
  @Inject PkhAccess pkhAccess;

  private List<MonitoringService.CoachingDetails> items = List.of();
  private List<String> facilitators = List.of();
  private String facilitator;
  private LocalDate heldOn;
  private String topic;
  private String notes;
  private String followUp;

  @PostConstruct
  public void load() {
    items = monitoring.coachings(null);
    if (isMayCoach()) {
      facilitators = graduations.targets(null).stream().map(TargetProgress::facilitator).toList();
    }
  }

  public boolean isMayCoach() {
    return pkhAccess.mayCoach();
  }

  public void save() {
    try {
      monitoring.coach(
          new MonitoringService.RecordCoaching(
              facilitator, heldOn == null ? null : heldOn.toString(), topic, notes, followUp));
      Faces.info(Faces.text("pkh.coaching.saved", facilitator));
      topic = null;
      notes = null;
      followUp = null;
      load();
    } catch (BusinessException e) {
      Faces.refused(
          e,
          Map.of(
              "facilitator", "coaching:facilitator",
              "heldOn", "coaching:heldOn",
              "topic", "coaching:topic",
              "notes", "coaching:notes",
              "followUp", "coaching:followUp"));
    }
  }

  public List<MonitoringService.CoachingDetails> getItems() {
    return items;
  }

  public List<String> getFacilitators() {
    return facilitators;
  }

  public String getFacilitator() {
    return facilitator;
  }

  public void setFacilitator(String facilitator) {
    this.facilitator = facilitator;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getFollowUp() {
    return followUp;
  }

  public void setFollowUp(String followUp) {
    this.followUp = followUp;
  }
}
