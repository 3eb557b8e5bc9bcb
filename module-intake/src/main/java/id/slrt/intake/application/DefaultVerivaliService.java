package id.slrt.intake.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.identity.Nik;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.region.Regions;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.text.Input;
import id.slrt.intake.api.ProposalDetails;
import id.slrt.intake.api.ProposalTransition;
import id.slrt.intake.api.ProposeVerivali;
import id.slrt.intake.api.VerivaliService;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.verivali.ProposalStatus;
import id.slrt.intake.domain.model.verivali.ProposalType;
import id.slrt.intake.domain.model.verivali.VerivaliProposal;
import id.slrt.intake.domain.model.verivali.VerivaliRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Verivali proposals: proposed at the front office, reviewed by the district, exported. */
@Stateless
@DeclareRoles({"ADMIN_KABUPATEN", "PETUGAS_PUSKESOS", "KADER_KLIK"})
public class DefaultVerivaliService implements VerivaliService {
  @Inject VerivaliRepository proposals;
  @Inject VerivaliProposer proposer;
  @Inject HouseholdRepository households;
  @Inject TenantContext tenants;
  @Inject Regions regions;
  @Inject CurrentUser currentUser;
  @Inject AccessPolicy access;

  @Inject Clock clock;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  @Audited("verivali.propose")
  public ProposalDetails propose(ProposeVerivali request) {
    return details(proposer.add(request));
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  public ProposalDetails get(long id) {
    return details(
        proposals.find(id).orElseThrow(() -> new NotFoundException("verivali.notFound")));
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  public Page<ProposalDetails> search(
      String status, String type, String villageCode, PageRequest page) {
    Filter f = filter(status, type, villageCode);
    return new Page<>(
        details(proposals.search(f.status, f.type, f.village, f.place, page)),
        page.page(),
        page.size(),
        proposals.count(f.status, f.type, f.village, f.place));
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN})
  @Audited("verivali.move")
  public ProposalDetails move(long id, ProposalTransition transition) {
    VerivaliProposal proposal =
        proposals.find(id).orElseThrow(() -> new NotFoundException("verivali.notFound"));
    FieldErrors errors = new FieldErrors();
    ProposalStatus to =
        transition == null ? null : Input.code(ProposalStatus.class, transition.to()).orElse(null);
    if (to == null) {
      errors.add("to", "code.invalid", transition == null ? "" : String.valueOf(transition.to()));
    }
    String note = transition == null ? null : Input.clean(transition.note());
    if (to == ProposalStatus.DITOLAK && note == null) {
      errors.add("note", "verivali.rejectNeedsNote");
    } else if (note != null && note.length() > 1000) {
      errors.add("note", "verivali.tooLong", 1000);
    }
    errors.throwIfAny();
    if (!proposal.status().next().contains(to)) {
      throw new ConflictException("need.illegalMove", proposal.status().name(), to.name());
    }
    proposal.moveTo(to, note, clock.instant(), currentUser.username());
    return details(proposal);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  @Audited("verivali.export")
  public List<ProposalDetails> export(String status, String type, String villageCode) {
    Filter f = filter(status, type, villageCode);
    List<ProposalDetails> all = new java.util.ArrayList<>();
    for (int page = 0; all.size() < MAX_EXPORT; page++) {
      List<VerivaliProposal> batch =
          proposals.search(f.status, f.type, f.village, f.place, PageRequest.of(page, 500));
      all.addAll(details(batch));
      if (batch.size() < 500) {
        break;
      }
    }
    return all.size() > MAX_EXPORT ? all.subList(0, MAX_EXPORT) : all;
  }

  private record Filter(ProposalStatus status, ProposalType type, String village, String place) {}

  private Filter filter(String status, String type, String villageCode) {
    FieldErrors errors = new FieldErrors();
    ProposalStatus s = errors.code("status", ProposalStatus.class, status);
    ProposalType t = errors.code("type", ProposalType.class, type);
    String village = errors.village("villageCode", villageCode);
    errors.throwIfAny();
    return new Filter(s, t, village, access.place().villagePattern());
  }

  private ProposalDetails details(VerivaliProposal p) {
    Household h = households.find(p.householdId()).orElseThrow();
    return details(p, h, h.head());
  }

  /** A page of proposals with their households and heads, read in two queries. */
  private List<ProposalDetails> details(List<VerivaliProposal> page) {
    List<Long> ids = page.stream().map(VerivaliProposal::householdId).distinct().toList();
    Map<Long, Household> byId = households.findAll(ids);
    Map<Long, List<Person>> members = households.membersOf(ids);
    return page.stream()
        .map(
            p ->
                details(
                    p,
                    byId.get(p.householdId()),
                    Household.headAmong(members.getOrDefault(p.householdId(), List.of()))))
        .toList();
  }

  private ProposalDetails details(VerivaliProposal p, Household h, Optional<Person> head) {
    return new ProposalDetails(
        p.id(),
        h.id(),
        h.kk().value(),
        head.map(Person::name).orElse(null),
        head.map(Person::nik).map(Nik::value).orElse(null),
        Addresses.details(h.address(), regions),
        p.type().name(),
        p.reason(),
        p.musdesDate().orElse(null),
        p.notes().orElse(null),
        p.status().name(),
        p.reviewNote().orElse(null),
        p.proposedAt(),
        p.proposedBy(),
        p.reviewedAt().orElse(null),
        p.reviewedBy().orElse(null));
  }
}
