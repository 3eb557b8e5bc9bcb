package id.slrt.pkh.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.persistence.Constraints;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.PkhScope;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.pkh.api.ComplianceReport;
import id.slrt.pkh.api.ComplianceReport.GroupCompliance;
import id.slrt.pkh.api.ComplianceReport.KpmCompliance;
import id.slrt.pkh.api.ConditionalityRuleDetails;
import id.slrt.pkh.api.ConditionalityService;
import id.slrt.pkh.api.IssueWarning;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.domain.model.conditionality.ConditionalityRule;
import id.slrt.pkh.domain.model.conditionality.PaymentPeriod;
import id.slrt.pkh.domain.model.conditionality.PeriodAttendance;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import id.slrt.pkh.domain.model.kpm.WarningLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * P2K2 conditionality. The rule and its judgements are the {@link ConditionalityRule}'s and the
 * {@link Kpm}'s; this service counts attendance in the database and applies them to the KPM of the
 * caller's PKH scope.
 */
@Stateless
public class DefaultConditionalityService implements ConditionalityService {

  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject PersonDirectory people;
  @Inject KpmService kpmService;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public ConditionalityRuleDetails rule() {
    return details(ConditionalityRules.of(em));
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("pkh.conditionality.rule")
  public ConditionalityRuleDetails changeRule(ConditionalityRuleDetails change) {
    ConditionalityRuleDetails c =
        change == null ? new ConditionalityRuleDetails(null, null, null, null, null, null) : change;
    ConditionalityRule rule = ConditionalityRules.forChange(em);
    FieldErrors errors = new FieldErrors();
    rule.change(
        c.periodMonths(), c.minimumPercent(), c.flagAfterPeriods(), c.forcedExitAllowed(), errors);
    errors.throwIfAny();
    em.flush();
    return details(rule);
  }

  private ConditionalityRuleDetails details(ConditionalityRule rule) {
    return new ConditionalityRuleDetails(
        rule.periodMonths(),
        rule.minimumPercent(),
        rule.flagAfterPeriods(),
        rule.forcedExitAllowed(),
        PaymentPeriod.of(districtTime.today(), rule.periodMonths()).code(),
        rule.version());
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.conditionality.list")
  public ComplianceReport compliance(
      String period, String groupCode, String flaggedOnly, PageRequest page) {
    ConditionalityRule rule = ConditionalityRules.of(em);
    FieldErrors errors = new FieldErrors();
    PaymentPeriod assessed = period(period, rule, errors);
    Boolean onlyFlagged =
        Input.clean(flaggedOnly) == null ? Boolean.FALSE : errors.flag("flagged", flaggedOnly);
    String group = Input.clean(groupCode);
    errors.throwIfAny();
    PkhScope scope = access.pkhScope();
    List<Object[]> kpm =
        scoped(
                scope,
                "SELECT k.id, k.participantNumber, k.groupCode, k.recipientPersonId"
                    + " FROM Kpm k, PkhGroup g WHERE g.code = k.groupCode AND k.status = :active"
                    + (group == null ? "" : " AND k.groupCode = :group"),
                " ORDER BY k.groupCode, k.participantNumber",
                group)
            .getResultList();
    List<PaymentPeriod> periods = rule.lookBack(assessed);
    List<Map<Long, PeriodAttendance>> counts = new ArrayList<>();
    for (PaymentPeriod p : periods) {
      counts.add(AttendanceCounts.ofScope(em, scope, group, p));
    }
    List<Assessed> all = new ArrayList<>();
    long compliant = 0;
    long flagged = 0;
    Map<String, GroupCompliance> byGroup = new java.util.TreeMap<>();
    for (Object[] row : kpm) {
      long id = ((Number) row[0]).longValue();
      List<PeriodAttendance> latestFirst = new ArrayList<>();
      for (int i = 0; i < periods.size(); i++) {
        latestFirst.add(counts.get(i).getOrDefault(id, PeriodAttendance.none(periods.get(i))));
      }
      Assessed a =
          new Assessed(
              id,
              (String) row[1],
              (String) row[2],
              ((Number) row[3]).longValue(),
              latestFirst.get(0),
              rule.compliant(latestFirst.get(0)),
              rule.flagged(latestFirst));
      compliant += a.compliant ? 1 : 0;
      flagged += a.flagged ? 1 : 0;
      byGroup.merge(
          a.groupCode,
          new GroupCompliance(a.groupCode, 1, a.compliant ? 1 : 0, a.flagged ? 1 : 0),
          (x, y) ->
              new GroupCompliance(
                  x.groupCode(),
                  x.kpm() + y.kpm(),
                  x.compliant() + y.compliant(),
                  x.flagged() + y.flagged()));
      if (!onlyFlagged || a.flagged) {
        all.add(a);
      }
    }
    List<Assessed> shown =
        all.subList(
            Math.min(page.offset(), all.size()), Math.min(page.offset() + page.size(), all.size()));
    return new ComplianceReport(
        assessed.code(),
        assessed.start(),
        assessed.end(),
        rule.minimumPercent(),
        rule.flagAfterPeriods(),
        kpm.size(),
        compliant,
        flagged,
        List.copyOf(byGroup.values()),
        new Page<>(items(shown), page.page(), page.size(), all.size()));
  }

  /** A KPM as assessed for the period. */
  private record Assessed(
      long id,
      String number,
      String groupCode,
      long recipient,
      PeriodAttendance attendance,
      boolean compliant,
      boolean flagged) {}

  private List<KpmCompliance> items(List<Assessed> shown) {
    if (shown.isEmpty()) {
      return List.of();
    }
    Map<Long, PersonCard> names =
        people.byIds(shown.stream().map(Assessed::recipient).collect(Collectors.toSet()));
    Set<Long> ids = shown.stream().map(Assessed::id).collect(Collectors.toSet());
    Map<Long, Kpm> entities = new HashMap<>();
    em.createQuery("SELECT k FROM Kpm k WHERE k.id IN :ids", Kpm.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(k -> entities.put(k.id(), k));
    return shown.stream()
        .map(
            a -> {
              Kpm k = entities.get(a.id);
              PersonCard recipient = names.get(a.recipient);
              return new KpmCompliance(
                  a.number,
                  recipient == null ? null : recipient.name(),
                  a.groupCode,
                  a.attendance.present(),
                  a.attendance.excused(),
                  a.attendance.absent(),
                  a.attendance.percent(),
                  a.compliant,
                  a.flagged,
                  k.warnings().stream().map(w -> w.level().name()).toList(),
                  k.nextWarning().map(Enum::name).orElse(null));
            })
        .toList();
  }

  @Override
  @RolesAllowed({Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.kpm.warn")
  public KpmDetails warn(String participantNumber, IssueWarning warning) {
    IssueWarning w = warning == null ? new IssueWarning(null, null, null) : warning;
    Kpm kpm = PkhScopes.requireVisibleKpm(em, access.pkhScope(), participantNumber);
    ConditionalityRule rule = ConditionalityRules.of(em);
    FieldErrors errors = new FieldErrors();
    WarningLevel level = errors.code("level", WarningLevel.class, w.level());
    if (level == null && Input.clean(w.level()) == null) {
      errors.add("level", "pkh.warning.levelRequired");
    }
    // a warning names the period the family missed, never "now" by default
    PaymentPeriod period =
        PaymentPeriod.read(w.period(), rule.periodMonths(), "period", errors).orElse(null);
    String note = Input.clean(w.note());
    if (note != null && note.length() > 500) {
      errors.add("note", "pkh.session.tooLong", 500);
    }
    errors.throwIfAny();
    LocalDate today = districtTime.today();
    kpm.warn(
        level,
        AttendanceCounts.ofKpm(em, kpm.id(), period),
        rule,
        today,
        currentUser.username(),
        note);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // the same warning given by another at the same moment: the unique key refused it
      if (Constraints.uniqueKey(e).filter("kpm_warning_level"::equals).isPresent()) {
        throw new ConflictException("pkh.warning.given", level.name());
      }
      throw e;
    }
    return kpmService.get(kpm.participantNumber().value());
  }

  /** The period named (in the rule's periods), the current one when none is. */
  private PaymentPeriod period(String raw, ConditionalityRule rule, FieldErrors errors) {
    if (Input.clean(raw) == null) {
      return PaymentPeriod.of(districtTime.today(), rule.periodMonths());
    }
    return PaymentPeriod.read(raw, rule.periodMonths(), "period", errors).orElse(null);
  }

  private TypedQuery<Object[]> scoped(PkhScope scope, String jpql, String tail, String group) {
    TypedQuery<Object[]> q =
        PkhScopes.bind(
                em.createQuery(jpql + PkhScopes.condition(scope) + tail, Object[].class), scope)
            .setParameter("active", KpmStatus.AKTIF);
    if (group != null) {
      q.setParameter("group", group);
    }
    return q;
  }
}
