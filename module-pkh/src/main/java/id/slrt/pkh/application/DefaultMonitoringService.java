package id.slrt.pkh.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.PkhScope;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.pkh.api.MonitoringService;
import id.slrt.pkh.api.P2k2SessionService;
import id.slrt.pkh.api.SessionLogDetails;
import id.slrt.pkh.domain.model.monitoring.Coaching;
import id.slrt.pkh.domain.model.monitoring.QualityAssessment;
import id.slrt.pkh.domain.model.monitoring.QualityInstrument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Monitoring of P2K2 quality: the instrument's rules are the {@link QualityInstrument}'s; a session
 * is found through the session service, so the PKH scope decides who sees it.
 */
@Stateless
public class DefaultMonitoringService implements MonitoringService {
  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;
  @Inject P2k2SessionService sessions;
  @Inject Facilitators facilitators;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public List<CriterionDetails> instrument() {
    return details(load(false));
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("pkh.quality.instrument")
  public List<CriterionDetails> changeInstrument(List<CriterionDetails> criteria) {
    List<CriterionDetails> given = criteria == null ? List.of() : criteria;
    List<String> texts = new ArrayList<>();
    List<Integer> max = new ArrayList<>();
    for (CriterionDetails c : given) {
      texts.add(c == null ? null : Input.clean(c.text()));
      max.add(c == null ? null : c.maxScore());
    }
    QualityInstrument instrument = load(true);
    instrument.change(texts, max, new FieldErrors());
    em.flush();
    return details(instrument);
  }

  private QualityInstrument load(boolean forChange) {
    QualityInstrument i =
        forChange
            ? em.find(
                QualityInstrument.class,
                QualityInstrument.THE_INSTRUMENT,
                LockModeType.PESSIMISTIC_WRITE)
            : em.find(QualityInstrument.class, QualityInstrument.THE_INSTRUMENT);
    if (i == null) {
      i = new QualityInstrument();
      if (forChange) {
        em.persist(i);
      }
    }
    return i;
  }

  private static List<CriterionDetails> details(QualityInstrument i) {
    return i.criteria().stream().map(c -> new CriterionDetails(c.text(), c.maxScore())).toList();
  }

  @Override
  @RolesAllowed(Role.Names.KOORDINATOR_PKH)
  @Audited("pkh.quality.assess")
  public AssessmentDetails assess(long sessionId, AssessSession assessment) {
    AssessSession a = assessment == null ? new AssessSession(null, null, null) : assessment;
    SessionLogDetails log = sessions.log(sessionId); // 404 for one the caller does not see
    if (!"TERCATAT".equals(log.state())) {
      throw new ConflictException("pkh.quality.notCounted");
    }
    FieldErrors errors = new FieldErrors();
    LocalDate today = districtTime.today();
    LocalDate observed =
        Input.clean(a.observedOn()) == null
            ? log.heldOn()
            : errors.date("observedOn", a.observedOn());
    if (observed != null && (observed.isAfter(today) || observed.isBefore(log.heldOn()))) {
      errors.add("observedOn", "pkh.quality.future");
    }
    String note = Input.clean(a.note());
    if (note != null && note.length() > 1000) {
      errors.add("note", "pkh.session.tooLong", 1000);
    }
    errors.throwIfAny();
    var scores = load(false).score(a.scores() == null ? List.of() : a.scores(), errors);
    QualityAssessment made =
        new QualityAssessment(
            sessionId, currentUser.username(), observed, scores, note, clock.instant());
    em.persist(made);
    em.flush();
    return details(made);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public List<AssessmentDetails> assessments(long sessionId) {
    sessions.log(sessionId); // 404 for one the caller does not see
    return em
        .createQuery(
            "SELECT a FROM QualityAssessment a WHERE a.logId = :log ORDER BY a.id DESC",
            QualityAssessment.class)
        .setParameter("log", sessionId)
        .getResultList()
        .stream()
        .map(DefaultMonitoringService::details)
        .toList();
  }

  private static AssessmentDetails details(QualityAssessment a) {
    return new AssessmentDetails(
        a.id(),
        a.logId(),
        a.assessedBy(),
        a.observedOn(),
        a.scores().stream()
            .map(s -> new ScoreDetails(s.criterion(), s.maxScore(), s.score()))
            .toList(),
        a.percent(),
        a.note());
  }

  @Override
  @RolesAllowed(Role.Names.KOORDINATOR_PKH)
  @Audited("pkh.coaching.record")
  public CoachingDetails coach(RecordCoaching coaching) {
    RecordCoaching c =
        coaching == null ? new RecordCoaching(null, null, null, null, null) : coaching;
    FieldErrors errors = new FieldErrors();
    String facilitator = Input.clean(c.facilitator());
    if (facilitator == null || !facilitators.isFacilitator(facilitator)) {
      errors.add(
          "facilitator", "pkh.group.facilitatorUnknown", facilitator == null ? "" : facilitator);
    }
    LocalDate today = districtTime.today();
    LocalDate heldOn = Input.clean(c.heldOn()) == null ? today : errors.date("heldOn", c.heldOn());
    if (heldOn != null && heldOn.isAfter(today)) {
      errors.add("heldOn", "pkh.coaching.future");
    }
    String topic = Input.clean(c.topic());
    if (topic == null || topic.length() > 200) {
      errors.add("topic", "pkh.coaching.topicRequired");
    }
    String notes = Input.clean(c.notes());
    if (notes != null && notes.length() > 1000) {
      errors.add("notes", "pkh.session.tooLong", 1000);
    }
    String followUp = Input.clean(c.followUp());
    if (followUp != null && followUp.length() > 500) {
      errors.add("followUp", "pkh.session.tooLong", 500);
    }
    errors.throwIfAny();
    Coaching made =
        new Coaching(
            facilitator, currentUser.username(), heldOn, topic, notes, followUp, clock.instant());
    em.persist(made);
    em.flush();
    return details(made);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public List<CoachingDetails> coachings(String facilitator) {
    PkhScope scope = access.pkhScope();
    String f = scope.isFacilitator() ? scope.facilitator() : Input.clean(facilitator);
    return em
        .createQuery(
            "SELECT c FROM Coaching c WHERE (:f IS NULL OR c.facilitator = :f)"
                + " ORDER BY c.heldOn DESC, c.id DESC",
            Coaching.class)
        .setParameter("f", f)
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(DefaultMonitoringService::details)
        .toList();
  }

  private static CoachingDetails details(Coaching c) {
    return new CoachingDetails(
        c.id(), c.facilitator(), c.coach(), c.heldOn(), c.topic(), c.notes(), c.followUp());
  }
}
