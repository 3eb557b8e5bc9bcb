package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.PageRequest;
import id.slrt.pkh.api.GroupDetails;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.MonitoringService;
import id.slrt.pkh.api.P2k2SessionService;
import id.slrt.pkh.api.PkhAccess;
import id.slrt.pkh.api.SessionLogDetails;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The logged P2K2 sessions of the groups the user sees, the latest first, each with its attendance
 * and the photo of its signed sheet; a second, different log of a session waits as a conflict
 * beside the one that counts until the facilitator keeps one of them.
 */
@Named("pkhSessions")
@ViewScoped
public class SessionsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject P2k2SessionService sessions;
  @Inject KpmService kpm;
  @Inject PkhAccess pkhAccess;
  @Inject MonitoringService monitoring;

  private String groupCode;
  private String state;
  private List<GroupDetails> groups = List.of();
  private List<SessionLogDetails> items = List.of();
  private long total;
  private final java.util.Map<Long, SessionLogDetails> countedLogs = new java.util.HashMap<>();

  @PostConstruct
  public void init() {
    groups = kpm.groups();
    long conflicts = sessions.logs(null, "KONFLIK", PageRequest.of("0", "1")).total();
    state = conflicts > 0 ? "KONFLIK" : null; // conflicts first, when there are any
    load();
  }

  public void load() {
    countedLogs.clear();
    var page = sessions.logs(groupCode, state, PageRequest.of("0", "100"));
    items = page.items();
    total = page.total();
  }

  public boolean mayDecide(SessionLogDetails log) {
    return pkhAccess.mayDecideConflicts() && "KONFLIK".equals(log.state());
  }

  /** The log a conflict differs from, to show beside it: read once per log while the list shows. */
  public SessionLogDetails counted(SessionLogDetails log) {
    return log.conflictOf() == null
        ? null
        : countedLogs.computeIfAbsent(log.conflictOf(), sessions::log);
  }

  public void decide(long id, boolean keep) {
    try {
      sessions.decide(id, keep);
      Faces.info(Faces.text(keep ? "pkh.sessions.kept" : "pkh.sessions.setAside"));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
    load();
  }

  // the quality assessment being written, for one log at a time
  private Long assessing;
  private List<MonitoringService.CriterionDetails> criteria = List.of();
  private List<Integer> scores = new java.util.ArrayList<>();
  private String assessmentNote;
  private List<MonitoringService.AssessmentDetails> assessments = List.of();

  public boolean mayAssess(SessionLogDetails log) {
    return pkhAccess.mayAssessQuality() && "TERCATAT".equals(log.state());
  }

  public void startAssessing(long id) {
    assessing = id;
    criteria = monitoring.instrument();
    scores = new java.util.ArrayList<>();
    criteria.forEach(c -> scores.add(null));
    assessmentNote = null;
    assessments = monitoring.assessments(id);
  }

  public void saveAssessment() {
    try {
      var made =
          monitoring.assess(
              assessing, new MonitoringService.AssessSession(null, scores, assessmentNote));
      Faces.info(Faces.text("pkh.sessions.assessed", made.percent()));
      assessments = monitoring.assessments(assessing);
      assessing = null;
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  public Long getAssessing() {
    return assessing;
  }

  public List<MonitoringService.CriterionDetails> getCriteria() {
    return criteria;
  }

  public List<Integer> getScores() {
    return scores;
  }

  public List<MonitoringService.AssessmentDetails> getAssessments() {
    return assessments;
  }

  public String getAssessmentNote() {
    return assessmentNote;
  }

  public void setAssessmentNote(String assessmentNote) {
    this.assessmentNote = assessmentNote;
  }

  /** The scores a criterion can be given: 0 to its highest. */
  public List<Integer> range(int max) {
    return java.util.stream.IntStream.rangeClosed(0, max).boxed().toList();
  }

  public String getGroupCode() {
    return groupCode;
  }

  public void setGroupCode(String groupCode) {
    this.groupCode = groupCode;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public List<GroupDetails> getGroups() {
    return groups;
  }

  public List<SessionLogDetails> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }
}
