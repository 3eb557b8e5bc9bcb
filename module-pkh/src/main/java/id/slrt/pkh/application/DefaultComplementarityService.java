package id.slrt.pkh.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.HouseholdDetails;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.MemberDetails;
import id.slrt.intake.api.ProgramDetails;
import id.slrt.pkh.api.ComplementarityDetails;
import id.slrt.pkh.api.ComplementarityDetails.GapDetails;
import id.slrt.pkh.api.ComplementarityDetails.Received;
import id.slrt.pkh.api.ComplementarityService;
import id.slrt.pkh.api.ReferGap;
import id.slrt.pkh.domain.model.complementarity.Complementarity;
import id.slrt.pkh.domain.model.complementarity.Complementarity.Gap;
import id.slrt.pkh.domain.model.complementarity.GapReferral;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.referral.api.CreateReferral;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Complementarity of a KPM: the gaps are the {@link Complementarity}'s rule over intake's record of
 * the family; a referral for a gap is referral's own use case, remembered here per gap.
 */
@Stateless
public class DefaultComplementarityService implements ComplementarityService {
  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;
  @Inject HouseholdService households;
  @Inject ReferralService referrals;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.complementarity.read")
  public ComplementarityDetails of(String participantNumber) {
    Kpm kpm = visible(participantNumber);
    return details(kpm, households.get(kpm.householdId()));
  }

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.complementarity.refer")
  public ComplementarityDetails referGap(String participantNumber, ReferGap gap) {
    Kpm kpm = visible(participantNumber);
    ReferGap g = gap == null ? new ReferGap(null, null) : gap;
    FieldErrors errors = new FieldErrors();
    String program = Input.clean(g.program());
    if (program == null) {
      errors.add("program", "pkh.gap.programRequired");
    }
    if (g.personId() == null) {
      errors.add("personId", "pkh.gap.personRequired");
    }
    errors.throwIfAny();
    HouseholdDetails family = households.get(kpm.householdId());
    Gap found =
        gaps(kpm, family).stream()
            .filter(x -> x.program().equals(program) && x.personId() == g.personId())
            .findFirst()
            .orElseThrow(() -> new ConflictException("pkh.gap.none"));
    Optional<ReferralDetails> last = lastReferral(kpm, found);
    if (last.isPresent() && last.get().open()) {
      throw new ConflictException("pkh.gap.referredAlready", last.get().id());
    }
    ReferralDetails made =
        referrals.refer(
            new CreateReferral(
                null,
                found.personId(),
                found.serviceCode(),
                "Komplementaritas PKH: keluarga peserta PKH belum menerima "
                    + found.program().replace('_', '/'),
                null,
                Boolean.FALSE,
                null,
                null));
    em.persist(
        new GapReferral(
            kpm.id(),
            found.program(),
            found.personId(),
            made.id(),
            currentUser.username(),
            clock.instant()));
    em.flush();
    return details(kpm, family);
  }

  private Kpm visible(String participantNumber) {
    return PkhScopes.requireVisibleKpm(em, access.pkhScope(), participantNumber);
  }

  private List<Gap> gaps(Kpm kpm, HouseholdDetails family) {
    LocalDate today = districtTime.today();
    List<Complementarity.Member> members = new ArrayList<>();
    for (MemberDetails m : family.members()) {
      if ("AKTIF".equals(m.status())) {
        members.add(new Complementarity.Member(m.id(), m.name()));
      }
    }
    List<Complementarity.Receipt> receipts =
        received(kpm).stream()
            .map(p -> new Complementarity.Receipt(p.program(), p.personId()))
            .toList();
    return Complementarity.gaps(
        members, kpm.recipientPersonId(), kpm.components(), receipts, today);
  }

  private List<ProgramDetails> received(Kpm kpm) {
    return households.programs(kpm.householdId()).stream().filter(ProgramDetails::active).toList();
  }

  /** The last referral made from PKH for the gap, as the caller may read it. */
  private Optional<ReferralDetails> lastReferral(Kpm kpm, Gap gap) {
    List<GapReferral> made =
        em.createQuery(
                "SELECT r FROM GapReferral r WHERE r.kpmId = :k AND r.program = :p"
                    + " AND r.personId = :person ORDER BY r.id DESC",
                GapReferral.class)
            .setParameter("k", kpm.id())
            .setParameter("p", gap.program())
            .setParameter("person", gap.personId())
            .setMaxResults(1)
            .getResultList();
    if (made.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(referrals.get(made.get(0).referralId()));
    } catch (NotFoundException e) {
      return Optional.empty(); // no longer readable by the caller
    }
  }

  private ComplementarityDetails details(Kpm kpm, HouseholdDetails family) {
    String recipient =
        family.members().stream()
            .filter(m -> m.id() == kpm.recipientPersonId())
            .map(MemberDetails::name)
            .findFirst()
            .orElse(null);
    List<Received> programs =
        received(kpm).stream()
            .map(p -> new Received(p.program(), p.personId(), p.personName(), p.since()))
            .toList();
    List<GapDetails> gaps =
        gaps(kpm, family).stream()
            .map(
                g -> {
                  Optional<ReferralDetails> last = lastReferral(kpm, g);
                  return new GapDetails(
                      g.program(),
                      g.serviceCode(),
                      g.personId(),
                      g.personName(),
                      last.map(ReferralDetails::id).orElse(null),
                      last.map(ReferralDetails::status).orElse(null),
                      last.map(ReferralDetails::open).orElse(false));
                })
            .toList();
    return new ComplementarityDetails(kpm.participantNumber().value(), recipient, programs, gaps);
  }
}
