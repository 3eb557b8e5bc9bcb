package id.slrt.pkh.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.PkhScope;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.pkh.api.CaseNoteDetails;
import id.slrt.pkh.api.CaseNoteService;
import id.slrt.pkh.api.CloseCaseNote;
import id.slrt.pkh.api.OpenCaseNote;
import id.slrt.pkh.api.RecordCaseAction;
import id.slrt.pkh.api.ReferCaseNote;
import id.slrt.pkh.domain.model.casework.ActionType;
import id.slrt.pkh.domain.model.casework.CaseNote;
import id.slrt.pkh.domain.model.casework.CasePerson;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.referral.api.CreateReferral;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A facilitator's cases. The rules of a case are the {@link CaseNote}'s; who sees one is the PKH
 * scope over its KPM, one query shape for every caller; the referral is referral's own use case.
 */
@Stateless
public class DefaultCaseNoteService implements CaseNoteService {
  private static final String NOT_FOUND = "pkh.case.notFound";

  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;
  @Inject PersonDirectory people;
  @Inject HouseholdService households;
  @Inject ReferralService referrals;

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.case.open")
  public CaseNoteDetails open(OpenCaseNote request) {
    OpenCaseNote r =
        request == null ? new OpenCaseNote(null, null, null, null, null, null) : request;
    Kpm kpm = PkhScopes.requireVisibleKpm(em, access.pkhScope(), r.participantNumber());
    FieldErrors errors = new FieldErrors();
    LocalDate today = districtTime.today();
    String subject = Input.clean(r.subject());
    LocalDate foundOn =
        Input.clean(r.foundOn()) == null ? today : errors.date("foundOn", r.foundOn());
    String description = Input.clean(r.description());
    CaseNote.check(subject, foundOn, description, today, errors);
    if (r.personId() != null
        && households.get(kpm.householdId()).members().stream()
            .noneMatch(m -> m.id() == r.personId() && "AKTIF".equals(m.status()))) {
      errors.add("personId", "pkh.case.personNotMember");
    }
    List<CasePerson> involved = new ArrayList<>();
    List<OpenCaseNote.PersonInvolved> given = r.people() == null ? List.of() : r.people();
    for (int i = 0; i < given.size(); i++) {
      OpenCaseNote.PersonInvolved p = given.get(i);
      String name = p == null ? null : Input.cleanName(p.name());
      String role = p == null ? null : Input.clean(p.role());
      if (name == null || name.length() > 100) {
        errors.add("people[" + i + "].name", "pkh.case.personNameRequired");
      }
      if (role == null || role.length() > 100) {
        errors.add("people[" + i + "].role", "pkh.case.personRoleRequired");
      }
      if (name != null && role != null) {
        involved.add(new CasePerson(name, role));
      }
    }
    errors.throwIfAny();
    CaseNote note =
        new CaseNote(
            kpm.id(),
            r.personId(),
            subject,
            foundOn,
            description,
            involved,
            currentUser.username(),
            clock.instant());
    em.persist(note);
    em.flush();
    return details(List.of(note)).get(0);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.case.read")
  public CaseNoteDetails get(long id) {
    return details(List.of(visible(id))).get(0);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public Page<CaseNoteDetails> search(String open, String groupCode, PageRequest page) {
    FieldErrors errors = new FieldErrors();
    Boolean onlyOpen = Input.clean(open) == null ? null : errors.flag("open", open);
    errors.throwIfAny();
    String group = Input.clean(groupCode);
    String extra =
        (onlyOpen == null
                ? ""
                : onlyOpen ? " AND c.closedOn IS NULL" : " AND c.closedOn IS NOT NULL")
            + (group == null ? "" : " AND k.groupCode = :group");
    TypedQuery<CaseNote> rows =
        scoped("SELECT c", extra, " ORDER BY c.foundOn DESC, c.id DESC", CaseNote.class);
    TypedQuery<Long> count = scoped("SELECT COUNT(c)", extra, "", Long.class);
    if (group != null) {
      rows.setParameter("group", group);
      count.setParameter("group", group);
    }
    List<CaseNote> found =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(details(found), page.page(), page.size(), count.getSingleResult());
  }

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.case.act")
  public CaseNoteDetails act(long id, RecordCaseAction action) {
    RecordCaseAction a = action == null ? new RecordCaseAction(null, null, null) : action;
    CaseNote note = visible(id);
    FieldErrors errors = new FieldErrors();
    LocalDate on = Input.clean(a.on()) == null ? null : errors.date("on", a.on());
    if (Input.clean(a.on()) == null) {
      errors.add("on", "pkh.case.dayRequired");
    }
    ActionType type = errors.code("type", ActionType.class, a.type());
    if (type == null && Input.clean(a.type()) == null) {
      errors.add("type", "pkh.case.actionTypeRequired");
    }
    note.act(on, type, Input.clean(a.note()), currentUser.username(), districtTime.today(), errors);
    em.flush();
    return details(List.of(note)).get(0);
  }

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.case.close")
  public CaseNoteDetails close(long id, CloseCaseNote close) {
    CaseNote note = visible(id);
    FieldErrors errors = new FieldErrors();
    note.close(close == null ? null : Input.clean(close.outcome()), districtTime.today(), errors);
    em.flush();
    return details(List.of(note)).get(0);
  }

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.case.refer")
  public CaseNoteDetails refer(long id, ReferCaseNote referral) {
    ReferCaseNote r = referral == null ? new ReferCaseNote(null, null) : referral;
    CaseNote note = visible(id);
    // checked before the referral is made, so a second one is refused without writing anything
    note.requireNotReferred();
    Kpm kpm = em.find(Kpm.class, note.kpmId());
    String reason = Input.clean(r.reason());
    ReferralDetails made =
        referrals.refer(
            new CreateReferral(
                null,
                note.personId().orElse(kpm.recipientPersonId()),
                r.serviceCode(),
                reason == null ? note.subject() : reason,
                null,
                Boolean.FALSE,
                null,
                null));
    note.referred(made.id());
    em.flush();
    return details(List.of(note)).get(0);
  }

  /** The case if the caller's scope sees its KPM: one query for every caller. */
  private CaseNote visible(long id) {
    return scoped("SELECT c", " AND c.id = :id", "", CaseNote.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  private <T> TypedQuery<T> scoped(String select, String extra, String tail, Class<T> type) {
    PkhScope scope = access.pkhScope();
    return PkhScopes.bind(
        em.createQuery(
            select
                + " FROM CaseNote c, Kpm k, PkhGroup g WHERE k.id = c.kpmId"
                + " AND g.code = k.groupCode"
                + extra
                + PkhScopes.condition(scope)
                + tail,
            type),
        scope);
  }

  private List<CaseNoteDetails> details(List<CaseNote> notes) {
    Map<Long, Kpm> kpm = new HashMap<>();
    if (!notes.isEmpty()) {
      // the page's KPM in one query, not one look-up per case
      em.createQuery("SELECT k FROM Kpm k WHERE k.id IN :ids", Kpm.class)
          .setParameter("ids", notes.stream().map(CaseNote::kpmId).distinct().toList())
          .getResultList()
          .forEach(k -> kpm.put(k.id(), k));
    }
    Set<Long> persons = new HashSet<>();
    for (CaseNote c : notes) {
      persons.add(kpm.get(c.kpmId()).recipientPersonId());
      c.personId().ifPresent(persons::add);
    }
    Map<Long, PersonCard> cards = persons.isEmpty() ? Map.of() : people.byIds(persons);
    return notes.stream()
        .map(
            c -> {
              Kpm k = kpm.get(c.kpmId());
              PersonCard recipient = cards.get(k.recipientPersonId());
              PersonCard person = c.personId().map(cards::get).orElse(null);
              return new CaseNoteDetails(
                  c.id(),
                  k.participantNumber().value(),
                  recipient == null ? null : recipient.name(),
                  k.groupCode(),
                  c.personId().orElse(null),
                  person == null ? null : person.name(),
                  c.subject(),
                  c.foundOn(),
                  c.description().orElse(null),
                  c.people().stream()
                      .map(p -> new OpenCaseNote.PersonInvolved(p.name(), p.role()))
                      .toList(),
                  c.actions().stream()
                      .map(
                          a ->
                              new CaseNoteDetails.ActionDetails(
                                  a.doneOn(), a.type().name(), a.note(), a.recordedBy()))
                      .toList(),
                  c.outcome().orElse(null),
                  c.closedOn().orElse(null),
                  c.referralId().orElse(null),
                  c.createdBy(),
                  c.createdAt(),
                  c.version());
            })
        .toList();
  }
}
