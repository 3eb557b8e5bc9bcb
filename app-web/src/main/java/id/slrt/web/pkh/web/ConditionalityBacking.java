package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.PageRequest;
import id.slrt.pkh.api.ComplianceReport;
import id.slrt.pkh.api.ComplianceReport.GroupCompliance;
import id.slrt.pkh.api.ComplianceReport.KpmCompliance;
import id.slrt.pkh.api.ConditionalityRuleDetails;
import id.slrt.pkh.api.ConditionalityService;
import id.slrt.pkh.api.ExitKpm;
import id.slrt.pkh.api.GroupDetails;
import id.slrt.pkh.api.IssueWarning;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.PkhAccess;
import id.slrt.web.web.Faces;
import id.slrt.web.web.StackedBars;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * P2K2 attendance per payment period: the KPM the user sees, whether each met the district's rule,
 * which are flagged, a chart per group; facilitators and coordinators give the next warning, a
 * coordinator or the admin ends a membership after the last one; the admin sets the rule.
 */
@Named("pkhConditionality")
@ViewScoped
public class ConditionalityBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> RULE_FIELDS =
      Map.of(
          "periodMonths", "conditionality:periodMonths",
          "minimumPercent", "conditionality:minimumPercent",
          "flagAfterPeriods", "conditionality:flagAfterPeriods");

  @Inject ConditionalityService conditionality;
  @Inject KpmService kpm;
  @Inject PkhAccess pkhAccess;

  private String period;
  private String groupCode;
  private boolean flaggedOnly;
  private ComplianceReport report;
  private List<GroupDetails> groups = List.of();
  private ConditionalityRuleDetails rule;
  private Integer periodMonths;
  private Integer minimumPercent;
  private Integer flagAfterPeriods;
  private boolean forcedExitAllowed;
  private final Map<String, String> notes = new HashMap<>();

  @PostConstruct
  public void init() {
    rule = conditionality.rule();
    period = rule.currentPeriod();
    periodMonths = rule.periodMonths();
    minimumPercent = rule.minimumPercent();
    flagAfterPeriods = rule.flagAfterPeriods();
    forcedExitAllowed = rule.forcedExitAllowed();
    groups = kpm.groups();
    load();
  }

  public void load() {
    try {
      report =
          conditionality.compliance(
              period, groupCode, Boolean.toString(flaggedOnly), PageRequest.of("0", "100"));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of("period", "conditionality:period"));
    }
  }

  /** A facilitator or coordinator gives warnings; only while one is left and it was missed. */
  public boolean mayWarn(KpmCompliance k) {
    return pkhAccess.mayWarn() && k.nextWarning() != null && !k.compliant();
  }

  /** A coordinator or the admin ends a membership after the last warning, if the rule allows. */
  public boolean mayEnd(KpmCompliance k) {
    return pkhAccess.mayEndMembership()
        && rule.forcedExitAllowed()
        && k.warnings().contains("TERAKHIR");
  }

  /** The warnings given, by their names on screen. */
  public String warningNames(KpmCompliance k) {
    return String.join(
        ", ", k.warnings().stream().map(w -> Faces.text("pkh.warning." + w)).toList());
  }

  public boolean isRuleEditor() {
    return pkhAccess.mayChangeRule();
  }

  public void warn(KpmCompliance k) {
    try {
      conditionality.warn(
          k.participantNumber(),
          new IssueWarning(k.nextWarning(), report.period(), notes.get(k.participantNumber())));
      notes.remove(k.participantNumber());
      Faces.info(
          Faces.text(
              "pkh.conditionality.warned",
              Faces.text("pkh.warning." + k.nextWarning()),
              k.recipientName()));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
    load();
  }

  public void end(KpmCompliance k) {
    try {
      kpm.exit(
          k.participantNumber(),
          new ExitKpm("TIDAK_MEMENUHI_KOMITMEN", null, notes.get(k.participantNumber())));
      notes.remove(k.participantNumber());
      Faces.info(Faces.text("pkh.conditionality.ended", k.recipientName()));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
    load();
  }

  public void saveRule() {
    try {
      rule =
          conditionality.changeRule(
              new ConditionalityRuleDetails(
                  periodMonths, minimumPercent, flagAfterPeriods, forcedExitAllowed, null, null));
      period = rule.currentPeriod();
      Faces.info(Faces.text("pkh.conditionality.ruleSaved"));
      load();
    } catch (BusinessException e) {
      Faces.refused(e, RULE_FIELDS);
    }
  }

  /** Compliance as a whole percent of the KPM assessed, for the bar. */
  public long getCompliantPercent() {
    return report == null || report.kpm() == 0 ? 0 : report.compliant() * 100 / report.kpm();
  }

  /** Chart.js configuration: per group, KPM that met the commitment and those that did not. */
  public String getChart() {
    if (report == null) {
      return "{}";
    }
    StackedBars chart =
        new StackedBars(
            List.of(Faces.text("pkh.conditionality.met"), Faces.text("pkh.conditionality.missed")),
            List.of("#0b6e4f", "#b3261e"));
    for (GroupCompliance g : report.groups()) {
      chart.bar(g.groupCode(), g.compliant(), g.kpm() - g.compliant());
    }
    return chart.json();
  }

  public ComplianceReport getReport() {
    return report;
  }

  public List<GroupDetails> getGroups() {
    return groups;
  }

  public ConditionalityRuleDetails getRule() {
    return rule;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getGroupCode() {
    return groupCode;
  }

  public void setGroupCode(String groupCode) {
    this.groupCode = groupCode;
  }

  public boolean isFlaggedOnly() {
    return flaggedOnly;
  }

  public void setFlaggedOnly(boolean flaggedOnly) {
    this.flaggedOnly = flaggedOnly;
  }

  public Integer getPeriodMonths() {
    return periodMonths;
  }

  public void setPeriodMonths(Integer periodMonths) {
    this.periodMonths = periodMonths;
  }

  public Integer getMinimumPercent() {
    return minimumPercent;
  }

  public void setMinimumPercent(Integer minimumPercent) {
    this.minimumPercent = minimumPercent;
  }

  public Integer getFlagAfterPeriods() {
    return flagAfterPeriods;
  }

  public void setFlagAfterPeriods(Integer flagAfterPeriods) {
    this.flagAfterPeriods = flagAfterPeriods;
  }

  public boolean isForcedExitAllowed() {
    return forcedExitAllowed;
  }

  public void setForcedExitAllowed(boolean forcedExitAllowed) {
    this.forcedExitAllowed = forcedExitAllowed;
  }

  public Map<String, String> getNotes() {
    return notes;
  }
}
