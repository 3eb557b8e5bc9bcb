package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.CurrentUser;
import id.slrt.pkh.api.FollowUpDue;
import id.slrt.pkh.api.FollowUpService;
import id.slrt.pkh.api.GraduationDetails;
import id.slrt.pkh.api.GraduationService;
import id.slrt.pkh.api.GraduationTransition;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.PkhAccess;
import id.slrt.pkh.api.RecordFollowUp;
import id.slrt.pkh.api.ReplacementCandidate;
import id.slrt.pkh.api.TargetProgress;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Graduation proposals by status, each with its evidence; a PKH coordinator approves or refuses
 * them (a refusal with its reason); the natural graduation candidates of the KPM the user sees.
 */
@Named("pkhGraduations")
@ViewScoped
public class GraduationsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GraduationService graduations;
  @Inject CurrentUser currentUser;
  @Inject PkhAccess pkhAccess;
  @Inject FollowUpService followUps;

  private String status = "DIUSULKAN";
  private List<GraduationDetails> items = List.of();
  private List<KpmDetails> candidates = List.of();
  private long total;
  private GraduationDetails replacementsOf;
  private List<ReplacementCandidate> replacements = List.of();
  private final Map<Long, String> notes = new HashMap<>();

  private List<TargetProgress> targets = List.of();
  private List<FollowUpDue> followUpsDue = List.of();
  private final Map<String, String> outcomes = new HashMap<>();
  private final Map<String, String> followUpNotes = new HashMap<>();
  private final Map<String, Integer> newTargets = new HashMap<>();

  @PostConstruct
  public void load() {
    targets = graduations.targets(null);
    followUpsDue = followUps.due();
    var page = graduations.search(status, PageRequest.of(0, 100));
    items = page.items();
    total = page.total();
    candidates = graduations.naturalCandidates();
  }

  /** The families that could take an approved graduate's place, shown above the proposals. */
  public void showReplacements(GraduationDetails g) {
    try {
      replacements = graduations.replacements(g.id());
      replacementsOf = g;
    } catch (BusinessException e) {
      Faces.refused(e, field -> null, field -> null);
    }
  }

  /** Proposes intake's verivali for the family of an approved voluntary graduation. */
  public void proposeVerivali(GraduationDetails g) {
    try {
      GraduationDetails done = graduations.proposeVerivali(g.id(), null);
      Faces.info(Faces.text("pkh.graduations.verivaliMade", done.verivaliProposalId()));
      load();
    } catch (BusinessException e) {
      Faces.refused(e, field -> null, field -> null);
      load();
    }
  }

  public boolean isMayProposeVerivali() {
    return pkhAccess.mayProposeVerivali();
  }

  public void hideReplacements() {
    replacementsOf = null;
    replacements = List.of();
  }

  public boolean isMayFindReplacements() {
    return pkhAccess.mayFindReplacements();
  }

  public GraduationDetails getReplacementsOf() {
    return replacementsOf;
  }

  public List<ReplacementCandidate> getReplacements() {
    return replacements;
  }

  /** Whether the user decides proposals (a coordinator, not the proposal's author). */
  public boolean mayDecide(GraduationDetails g) {
    return pkhAccess.mayDecideGraduations()
        && "DIUSULKAN".equals(g.status())
        && !currentUser.username().equals(g.proposedBy());
  }

  public void decide(long id, String to) {
    try {
      GraduationDetails decided =
          graduations.decide(id, new GraduationTransition(to, notes.get(id)));
      notes.remove(id);
      Faces.info(Faces.text("pkh.graduations.decided", Faces.text("pkh.graduation.status." + to)));
      load();
      if ("DISETUJUI".equals(decided.status()) && isMayFindReplacements()) {
        showReplacements(decided);
      }
    } catch (BusinessException e) {
      Faces.refused(e, field -> Faces.text("pkh.graduations.note"), field -> null);
      if (!(e instanceof ValidationException)) {
        load();
      }
    }
  }

  public boolean isMaySetTargets() {
    return pkhAccess.maySetTargets();
  }

  /** Progress toward a target in whole percent (at most 100), 0 without one. */
  public long percent(TargetProgress t) {
    return t.target() == null || t.target() == 0
        ? 0
        : Math.min(100, t.graduated() * 100 / t.target());
  }

  public void setTarget(String facilitator) {
    try {
      graduations.setTarget(facilitator, null, newTargets.get(facilitator));
      newTargets.remove(facilitator);
      Faces.info(Faces.text("pkh.targets.saved", facilitator));
      load();
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  /** The key of a follow-up round in the screen's maps. */
  public String key(FollowUpDue f) {
    return f.participantNumber() + "/" + f.round();
  }

  public boolean isMayFollowUp() {
    return pkhAccess.mayFollowUp();
  }

  public void recordFollowUp(FollowUpDue f) {
    try {
      followUps.record(
          f.participantNumber(),
          new RecordFollowUp(f.round(), null, outcomes.get(key(f)), followUpNotes.get(key(f))));
      outcomes.remove(key(f));
      followUpNotes.remove(key(f));
      Faces.info(Faces.text("pkh.followUps.recorded", f.recipientName()));
      load();
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  public void referBack(FollowUpDue f) {
    try {
      followUps.referBack(f.participantNumber(), f.round());
      Faces.info(Faces.text("pkh.followUps.referredBack", f.recipientName()));
      load();
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  public List<FollowUpDue> getFollowUpsDue() {
    return followUpsDue;
  }

  public Map<String, String> getFollowUpNotes() {
    return followUpNotes;
  }

  public Map<String, String> getOutcomes() {
    return outcomes;
  }

  public List<TargetProgress> getTargets() {
    return targets;
  }

  public Map<String, Integer> getNewTargets() {
    return newTargets;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<GraduationDetails> getItems() {
    return items;
  }

  public List<KpmDetails> getCandidates() {
    return candidates;
  }

  public long getTotal() {
    return total;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
