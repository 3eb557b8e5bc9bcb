package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.organisation.Organisation.ProviderView;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.ConferenceDetails;
import id.slrt.referral.api.ConferenceOwner;
import id.slrt.referral.api.ConferenceService;
import id.slrt.referral.api.RecordConference;
import id.slrt.referral.api.ReferralAccess;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralService;
import id.slrt.web.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Case conferences of the reader's place, the latest first, and for the Puskesos and the district
 * admin the form to record one: the agencies present, the referrals discussed (the escalated ones
 * of the place, or the one the page was opened from), the decisions and the follow-ups, each with
 * its owner and due date.
 */
@Named("conferences")
@ViewScoped
public class ConferencesBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> INPUTS =
      Map.of(
          "heldOn", "heldOn",
          "place", "place",
          "topic", "topic",
          "agencies", "agencies",
          "decisions", "decisions");

  @Inject ConferenceService service;
  @Inject ReferralService referralService;
  @Inject OrganisationService organisation;
  @Inject ReferralAccess access;

  private Long referral;
  private List<ConferenceDetails> items = List.of();
  private LocalDate heldOn;
  private String place;
  private String topic;
  private List<String> agencies = new ArrayList<>();
  private List<Long> referrals = new ArrayList<>();
  private String decisions;
  private final List<Row> followUps = new ArrayList<>();
  private Map<Long, String> referralChoices;

  /** A follow-up being written: what, whose and due when. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String action;
    private String owner;
    private LocalDate dueDate;

    public String getAction() {
      return action;
    }

    public void setAction(String action) {
      this.action = action;
    }

    public String getOwner() {
      return owner;
    }

    public void setOwner(String owner) {
      this.owner = owner;
    }

    public LocalDate getDueDate() {
      return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
      this.dueDate = dueDate;
    }
  }

  /** Loads the list; opened from a referral's page, that referral is ticked as discussed. */
  public void load() {
    items = service.list(referral, PageRequest.of(0, 50)).items();
    if (referral != null && !referrals.contains(referral)) {
      referrals.add(referral);
    }
    if (followUps.isEmpty()) {
      followUps.add(new Row());
    }
  }

  public void addFollowUp() {
    followUps.add(new Row());
  }

  public void removeFollowUp(Row row) {
    followUps.remove(row);
  }

  public void record() {
    List<RecordConference.FollowUpInput> inputs = new ArrayList<>();
    for (Row r : followUps) {
      boolean blank =
          (r.action == null || r.action.isBlank()) && r.owner == null && r.dueDate == null;
      if (!blank) {
        inputs.add(
            new RecordConference.FollowUpInput(
                r.action, r.owner, r.dueDate == null ? null : r.dueDate.toString()));
      }
    }
    try {
      ConferenceDetails recorded =
          service.record(
              new RecordConference(
                  heldOn == null ? null : heldOn.toString(),
                  place,
                  topic,
                  agencies,
                  referrals,
                  decisions,
                  inputs));
      Faces.info(Faces.text("conferences.recorded", recorded.topic(), recorded.followUps().size()));
      heldOn = null;
      place = null;
      topic = null;
      agencies = new ArrayList<>();
      referrals = new ArrayList<>();
      decisions = null;
      followUps.clear();
      followUps.add(new Row());
      referral = null;
      load();
    } catch (BusinessException e) {
      Faces.refused(
          e,
          field -> Faces.text("conferences.field." + field.replaceAll("\\[.*", "")),
          Faces.inputsOf("record", INPUTS));
    }
  }

  public List<ProviderView> getProviders() {
    return organisation.providers().stream().filter(ProviderView::active).toList();
  }

  /** The referrals that can be ticked: the escalated ones of the place and the one opened from. */
  public Map<Long, String> getReferralChoices() {
    if (referralChoices == null) {
      referralChoices = new LinkedHashMap<>();
      if (referral != null) {
        try {
          ReferralDetails r = referralService.get(referral);
          referralChoices.put(r.id(), label(r));
        } catch (BusinessException e) {
          referral = null;
        }
      }
      for (ReferralDetails r : referralService.escalations(PageRequest.of(0, 100)).items()) {
        referralChoices.putIfAbsent(r.id(), label(r));
      }
    }
    return referralChoices;
  }

  private static String label(ReferralDetails r) {
    return "#" + r.id() + " " + r.personName() + " — " + r.serviceName();
  }

  public List<ConferenceOwner> getOwners() {
    return access.mayRecordConferences() ? service.possibleOwners() : List.of();
  }

  public List<ConferenceDetails> getItems() {
    return items;
  }

  public List<Row> getFollowUps() {
    return followUps;
  }

  public Long getReferral() {
    return referral;
  }

  public void setReferral(Long referral) {
    this.referral = referral;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public List<String> getAgencies() {
    return agencies;
  }

  public void setAgencies(List<String> agencies) {
    this.agencies = agencies;
  }

  public List<Long> getReferrals() {
    return referrals;
  }

  public void setReferrals(List<Long> referrals) {
    this.referrals = referrals;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String decisions) {
    this.decisions = decisions;
  }
}
