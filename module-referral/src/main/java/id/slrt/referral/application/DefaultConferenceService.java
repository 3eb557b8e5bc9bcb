package id.slrt.referral.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Place;
import id.slrt.core.security.Role;
import id.slrt.core.security.UserAccount;
import id.slrt.core.security.UserDirectory;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.referral.api.ConferenceDetails;
import id.slrt.referral.api.ConferenceService;
import id.slrt.referral.api.FollowUpDetails;
import id.slrt.referral.api.FollowUpDone;
import id.slrt.referral.api.RecordConference;
import id.slrt.referral.api.RecordConference.FollowUpInput;
import id.slrt.referral.api.ReferralService;
import id.slrt.referral.domain.model.conference.CaseConference;
import id.slrt.referral.domain.model.conference.FollowUp;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Case conferences. A conference belongs to the place of the officer who recorded it: it is read by
 * those whose place takes that place in (the district admin reads all). Its follow-ups are listed
 * to their owners, whoever they are (an agency's desk included), with the conference's day and
 * topic only.
 */
@Stateless
public class DefaultConferenceService implements ConferenceService {
  @Inject @TenantDb EntityManager em;
  @Inject ReferralService referrals;
  @Inject OrganisationService organisation;
  @Inject UserDirectory users;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject TenantContext tenants;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  @Audited("conference.record")
  public ConferenceDetails record(RecordConference request) {
    RecordConference r =
        request == null ? new RecordConference(null, null, null, null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    LocalDate heldOn = errors.date("heldOn", r.heldOn());
    if (Input.clean(r.heldOn()) == null) {
      errors.add("heldOn", "conference.fieldRequired");
    }
    Map<String, String> providers = organisation.providerNames();
    Set<String> agencies = new LinkedHashSet<>();
    List<String> given = r.agencies() == null ? List.of() : r.agencies();
    for (int i = 0; i < given.size(); i++) {
      String code = Input.clean(given.get(i));
      if (code == null || !providers.containsKey(code)) {
        errors.add("agencies[" + i + "]", "conference.agencyUnknown", String.valueOf(code));
      } else {
        agencies.add(code);
      }
    }
    Set<Long> discussed = new LinkedHashSet<>();
    List<Long> ids = r.referralIds() == null ? List.of() : r.referralIds();
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null || !visibleReferral(id)) {
        errors.add("referralIds[" + i + "]", "conference.referralUnknown");
      } else {
        discussed.add(id);
      }
    }
    List<FollowUpInput> inputs = r.followUps() == null ? List.of() : r.followUps();
    List<CaseConference.Action> actions = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      FollowUpInput in =
          inputs.get(i) == null ? new FollowUpInput(null, null, null) : inputs.get(i);
      String owner = Input.clean(in.owner());
      if (owner != null && !isUserOfDistrict(owner)) {
        errors.add("followUps[" + i + "].owner", "conference.ownerUnknown", owner);
      }
      LocalDate due = errors.date("followUps[" + i + "].dueDate", in.dueDate());
      actions.add(new CaseConference.Action(Input.clean(in.action()), owner, due));
    }
    Place place = access.place();
    CaseConference conference =
        CaseConference.record(
            heldOn,
            Input.clean(r.place()),
            Input.clean(r.topic()),
            agencies,
            discussed,
            Input.clean(r.decisions()),
            actions,
            place.isDistrict() ? null : place.regionCode(),
            districtTime.today(),
            clock.instant(),
            currentUser.username(),
            errors);
    errors.throwIfAny();
    em.persist(conference);
    em.flush();
    return details(conference, providers);
  }

  private boolean visibleReferral(long id) {
    try {
      referrals.get(id);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private boolean isUserOfDistrict(String username) {
    Optional<UserAccount> account = users.findByUsername(username);
    return account.isPresent()
        && account.get().active()
        && tenants.require().slug().equals(account.get().tenantSlug());
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH
  })
  @Audited("conference.read")
  public ConferenceDetails get(long id) {
    CaseConference conference = em.find(CaseConference.class, id);
    if (conference == null || !readable(conference)) {
      throw new NotFoundException("conference.notFound");
    }
    return details(conference, organisation.providerNames());
  }

  private boolean readable(CaseConference c) {
    return access.place().covers(new Place(c.regionCode()));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH
  })
  public Page<ConferenceDetails> list(Long referralId, PageRequest page) {
    Place place = access.place();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (!place.isDistrict()) {
      where.append(" AND (c.regionCode = :region OR c.regionCode LIKE :within)");
    }
    if (referralId != null) {
      where.append(" AND :referral MEMBER OF c.referrals");
    }
    TypedQuery<CaseConference> found =
        em.createQuery(
            "SELECT c FROM CaseConference c" + where + " ORDER BY c.heldOn DESC, c.id DESC",
            CaseConference.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM CaseConference c" + where, Long.class);
    for (TypedQuery<?> q : List.of(found, count)) {
      if (!place.isDistrict()) {
        q.setParameter("region", place.regionCode());
        q.setParameter("within", place.regionCode() + ".%");
      }
      if (referralId != null) {
        q.setParameter("referral", referralId);
      }
    }
    Map<String, String> providers = organisation.providerNames();
    List<ConferenceDetails> items =
        found.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(c -> details(c, providers))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult(), null);
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH,
    Role.Names.MITRA_DINAS
  })
  public Page<FollowUpDetails> myFollowUps(boolean all, PageRequest page) {
    String where = " WHERE f.owner = :me" + (all ? "" : " AND f.doneAt IS NULL");
    LocalDate today = districtTime.today();
    List<FollowUpDetails> items =
        em
            .createQuery(
                "SELECT f FROM FollowUp f JOIN FETCH f.conference"
                    + where
                    + " ORDER BY f.dueDate, f.id",
                FollowUp.class)
            .setParameter("me", currentUser.username())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(f -> details(f, today))
            .toList();
    long total =
        em.createQuery("SELECT COUNT(f) FROM FollowUp f" + where, Long.class)
            .setParameter("me", currentUser.username())
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total, null);
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH,
    Role.Names.MITRA_DINAS
  })
  public long openFollowUpCount() {
    return em.createQuery(
            "SELECT COUNT(f) FROM FollowUp f WHERE f.owner = :me AND f.doneAt IS NULL", Long.class)
        .setParameter("me", currentUser.username())
        .getSingleResult();
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH,
    Role.Names.MITRA_DINAS
  })
  @Audited("conference.followUpDone")
  public FollowUpDetails done(long followUpId, FollowUpDone done) {
    String me = currentUser.username();
    FollowUp followUp = em.find(FollowUp.class, followUpId);
    if (followUp == null
        || !(me.equals(followUp.owner()) || me.equals(followUp.conference().recordedBy()))) {
      throw new NotFoundException("conference.followUpNotFound");
    }
    followUp.done(Input.clean(done == null ? null : done.note()), clock.instant(), me);
    em.flush();
    return details(followUp, districtTime.today());
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  public List<id.slrt.referral.api.ConferenceOwner> possibleOwners() {
    return users.listByTenant(tenants.require().slug(), 0, 2000).stream()
        .filter(UserAccount::active)
        .map(u -> new id.slrt.referral.api.ConferenceOwner(u.username(), u.displayName()))
        .toList();
  }

  private static FollowUpDetails details(FollowUp f, LocalDate today) {
    return new FollowUpDetails(
        f.id(),
        f.conference().id(),
        f.conference().heldOn(),
        f.conference().topic(),
        f.action(),
        f.owner(),
        f.dueDate(),
        f.overdue(today),
        f.doneAt(),
        f.doneBy(),
        f.doneNote());
  }

  private ConferenceDetails details(CaseConference c, Map<String, String> providers) {
    LocalDate today = districtTime.today();
    return new ConferenceDetails(
        c.id(),
        c.heldOn(),
        c.place(),
        c.topic(),
        c.agencies().stream()
            .sorted()
            .map(code -> new ConferenceDetails.Agency(code, providers.getOrDefault(code, code)))
            .toList(),
        c.referrals().stream().sorted().toList(),
        c.decisions(),
        c.recordedAt(),
        c.recordedBy(),
        c.followUps().stream().map(f -> details(f, today)).toList());
  }
}
