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
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.pkh.api.AssessFamily;
import id.slrt.pkh.api.GraduationRanking;
import id.slrt.pkh.api.QuestionnaireDetails;
import id.slrt.pkh.api.SocioEconomicDetails;
import id.slrt.pkh.api.SocioEconomicService;
import id.slrt.pkh.domain.model.graduation.Graduation;
import id.slrt.pkh.domain.model.graduation.GraduationStatus;
import id.slrt.pkh.domain.model.graduation.Question;
import id.slrt.pkh.domain.model.graduation.Questionnaire;
import id.slrt.pkh.domain.model.graduation.SocioEconomicAssessment;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The socio-economic questionnaire and the graduation ranking. The questionnaire's rules are the
 * {@link Questionnaire}'s, the ranking's order {@link SocioEconomicAssessment#RANKING}; a KPM is
 * found in the caller's PKH scope, so one outside it answers 404.
 */
@Stateless
public class DefaultSocioEconomicService implements SocioEconomicService {
  private static final int IDS_PER_QUERY = 1000;

  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;
  @Inject PersonDirectory people;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public QuestionnaireDetails questionnaire() {
    return details(load(false));
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("pkh.questionnaire.change")
  public QuestionnaireDetails changeQuestionnaire(QuestionnaireDetails questionnaire) {
    List<QuestionnaireDetails.QuestionDetails> given =
        questionnaire == null || questionnaire.questions() == null
            ? List.of()
            : questionnaire.questions();
    List<String> texts = new ArrayList<>();
    List<List<Question.Option>> options = new ArrayList<>();
    for (QuestionnaireDetails.QuestionDetails q : given) {
      texts.add(q == null ? null : Input.clean(q.text()));
      List<Question.Option> answers = new ArrayList<>();
      if (q != null && q.options() != null) {
        for (QuestionnaireDetails.AnswerOption o : q.options()) {
          answers.add(
              o == null
                  ? null
                  : new Question.Option(Input.clean(o.text()), o.score() == null ? -1 : o.score()));
        }
      }
      options.add(answers);
    }
    Questionnaire q = load(true);
    q.change(texts, options, new FieldErrors());
    em.flush();
    return details(q);
  }

  private Questionnaire load(boolean forChange) {
    Questionnaire q =
        forChange
            ? em.find(
                Questionnaire.class,
                Questionnaire.THE_QUESTIONNAIRE,
                LockModeType.PESSIMISTIC_WRITE)
            : em.find(Questionnaire.class, Questionnaire.THE_QUESTIONNAIRE);
    if (q == null) {
      q = new Questionnaire();
      if (forChange) {
        em.persist(q);
      }
    }
    return q;
  }

  private static QuestionnaireDetails details(Questionnaire q) {
    return new QuestionnaireDetails(
        q.questions().stream()
            .map(
                question ->
                    new QuestionnaireDetails.QuestionDetails(
                        question.text(),
                        question.options().stream()
                            .map(o -> new QuestionnaireDetails.AnswerOption(o.text(), o.score()))
                            .toList()))
            .toList());
  }

  @Override
  @RolesAllowed({Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.socioeconomic.assess")
  public SocioEconomicDetails assess(String participantNumber, AssessFamily assessment) {
    AssessFamily a = assessment == null ? new AssessFamily(null, null, null) : assessment;
    Kpm kpm = PkhScopes.requireVisibleKpm(em, access.pkhScope(), participantNumber);
    if (kpm.status() != KpmStatus.AKTIF) {
      throw new ConflictException("pkh.kpm.notActive", kpm.status().name());
    }
    FieldErrors errors = new FieldErrors();
    LocalDate today = districtTime.today();
    LocalDate on =
        Input.clean(a.assessedOn()) == null ? today : errors.date("assessedOn", a.assessedOn());
    if (on != null && on.isAfter(today)) {
      errors.add("assessedOn", "pkh.questionnaire.future");
    }
    String note = Input.clean(a.note());
    if (note != null && note.length() > 1000) {
      errors.add("note", "pkh.session.tooLong", 1000);
    }
    errors.throwIfAny();
    var answers = load(false).answer(a.answers() == null ? List.of() : a.answers(), errors);
    SocioEconomicAssessment made =
        new SocioEconomicAssessment(
            kpm.id(), currentUser.username(), on, answers, note, clock.instant());
    em.persist(made);
    em.flush();
    return details(made, kpm.participantNumber().value());
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public List<SocioEconomicDetails> assessments(String participantNumber) {
    Kpm kpm = PkhScopes.requireVisibleKpm(em, access.pkhScope(), participantNumber);
    return em
        .createQuery(
            "SELECT a FROM SocioEconomicAssessment a WHERE a.kpmId = :k"
                + " ORDER BY a.assessedOn DESC, a.id DESC",
            SocioEconomicAssessment.class)
        .setParameter("k", kpm.id())
        .getResultList()
        .stream()
        .map(x -> details(x, kpm.participantNumber().value()))
        .toList();
  }

  private static SocioEconomicDetails details(SocioEconomicAssessment a, String number) {
    return new SocioEconomicDetails(
        a.id(),
        number,
        a.assessedBy(),
        a.assessedOn(),
        a.percent(),
        a.answers().stream()
            .map(
                x ->
                    new SocioEconomicDetails.GivenAnswer(
                        x.question(), x.answer(), x.score(), x.maxScore()))
            .toList(),
        a.note());
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public GraduationRanking ranking(String facilitator) {
    PkhScope scope = access.pkhScope();
    String only = scope.isFacilitator() ? null : Input.clean(facilitator);
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT k, g.facilitator FROM Kpm k, PkhGroup g WHERE g.code = k.groupCode"
                + " AND k.status = :active"
                + (only == null ? "" : " AND g.facilitator = :only")
                + PkhScopes.condition(scope),
            Object[].class);
    PkhScopes.bind(query, scope).setParameter("active", KpmStatus.AKTIF);
    if (only != null) {
      query.setParameter("only", only);
    }
    Map<Long, Kpm> kpm = new HashMap<>();
    Map<Long, String> facilitatorOf = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      Kpm k = (Kpm) row[0];
      kpm.put(k.id(), k);
      facilitatorOf.put(k.id(), (String) row[1]);
    }
    Map<Long, SocioEconomicAssessment> latest = latest(kpm.keySet());
    List<SocioEconomicAssessment> ranked = new ArrayList<>(latest.values());
    ranked.sort(
        Comparator.comparing((SocioEconomicAssessment a) -> facilitatorOf.get(a.kpmId()))
            .thenComparing(SocioEconomicAssessment.RANKING));
    List<Entry> shown = new ArrayList<>();
    String current = null;
    int rank = 0;
    for (SocioEconomicAssessment a : ranked) {
      String of = facilitatorOf.get(a.kpmId());
      rank = of.equals(current) ? rank + 1 : 1;
      current = of;
      shown.add(new Entry(rank, kpm.get(a.kpmId()), of, a));
    }
    boolean oneFacilitator = scope.isFacilitator() || only != null;
    if (oneFacilitator) {
      kpm.values().stream()
          .filter(k -> !latest.containsKey(k.id()))
          .sorted(Comparator.comparing((Kpm k) -> k.participantNumber().value()))
          .forEach(k -> shown.add(new Entry(null, k, facilitatorOf.get(k.id()), null)));
    }
    // names and waiting proposals of the KPM shown only, not of every KPM counted
    Map<Long, String> pending = pending(shown.stream().map(e -> e.kpm().id()).toList());
    Map<Long, PersonCard> cards =
        shown.isEmpty()
            ? Map.of()
            : people.byIds(shown.stream().map(e -> e.kpm().recipientPersonId()).toList());
    List<GraduationRanking.Candidate> out =
        shown.stream()
            .map(
                e -> {
                  PersonCard p = cards.get(e.kpm().recipientPersonId());
                  SocioEconomicAssessment a = e.assessment();
                  return new GraduationRanking.Candidate(
                      e.rank(),
                      e.kpm().participantNumber().value(),
                      p == null ? null : p.name(),
                      e.kpm().groupCode(),
                      e.facilitator(),
                      a == null ? null : a.percent(),
                      a == null ? null : a.assessedOn(),
                      pending.get(e.kpm().id()));
                })
            .toList();
    return new GraduationRanking(out, kpm.size() - latest.size());
  }

  /** A KPM in the ranking, with its rank (null: not assessed) and latest assessment. */
  private record Entry(
      Integer rank, Kpm kpm, String facilitator, SocioEconomicAssessment assessment) {}

  /** The latest assessment of each KPM that has one. */
  private Map<Long, SocioEconomicAssessment> latest(Collection<Long> kpmIds) {
    Map<Long, SocioEconomicAssessment> latest = new HashMap<>();
    for (List<Long> ids : chunks(kpmIds)) {
      for (SocioEconomicAssessment a :
          em.createQuery(
                  "SELECT a FROM SocioEconomicAssessment a WHERE a.kpmId IN :ids"
                      + " ORDER BY a.assessedOn DESC, a.id DESC",
                  SocioEconomicAssessment.class)
              .setParameter("ids", ids)
              .getResultList()) {
        latest.putIfAbsent(a.kpmId(), a);
      }
    }
    return latest;
  }

  /** The type of each KPM's graduation proposal waiting for a decision. */
  private Map<Long, String> pending(Collection<Long> kpmIds) {
    Map<Long, String> pending = new HashMap<>();
    for (List<Long> ids : chunks(kpmIds)) {
      for (Graduation g :
          em.createQuery(
                  "SELECT g FROM Graduation g WHERE g.status = :open AND g.kpmId IN :ids",
                  Graduation.class)
              .setParameter("open", GraduationStatus.DIUSULKAN)
              .setParameter("ids", ids)
              .getResultList()) {
        pending.put(g.kpmId(), g.type().name());
      }
    }
    return pending;
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IDS_PER_QUERY) {
      out.add(all.subList(i, Math.min(all.size(), i + IDS_PER_QUERY)));
    }
    return out;
  }
}
