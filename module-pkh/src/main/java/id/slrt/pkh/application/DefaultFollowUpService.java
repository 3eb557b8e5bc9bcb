package id.slrt.pkh.application;

import id.slrt.core.audit.Audited;
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
import id.slrt.pkh.api.FollowUpDue;
import id.slrt.pkh.api.FollowUpService;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.RecordFollowUp;
import id.slrt.pkh.domain.model.kpm.FollowUpOutcome;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import id.slrt.referral.api.CreateReferral;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Follow-ups of graduated families; the rules are the {@link Kpm}'s, the referral back is
 * referral's own use case (to the catalogue's PKH service, for the family's recipient).
 */
@Stateless
public class DefaultFollowUpService implements FollowUpService {
  /** The catalogue's service a family is referred back to. */
  static final String BACK_TO = "PKH";

  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject PersonDirectory people;
  @Inject KpmService kpmService;
  @Inject ReferralService referrals;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public List<FollowUpDue> due() {
    LocalDate today = districtTime.today();
    PkhScope scope = access.pkhScope();
    // graduated within the last 25 months or so: the 12-month round and a year past it, overdue
    List<Kpm> graduated =
        PkhScopes.bind(
                em.createQuery(
                    "SELECT k FROM Kpm k, PkhGroup g WHERE g.code = k.groupCode"
                        + " AND k.status = :graduated AND k.endedOn >= :since"
                        + PkhScopes.condition(scope)
                        + " ORDER BY k.endedOn",
                    Kpm.class),
                scope)
            .setParameter("graduated", KpmStatus.GRADUASI)
            .setParameter("since", today.minusMonths(12).minusDays(Kpm.FOLLOW_UP_EARLY_DAYS + 365))
            .getResultList();
    Map<Long, PersonCard> names =
        graduated.isEmpty()
            ? Map.of()
            : people.byIds(
                graduated.stream().map(Kpm::recipientPersonId).collect(Collectors.toSet()));
    List<FollowUpDue> out = new ArrayList<>();
    for (Kpm k : graduated) {
      for (int round : Kpm.FOLLOW_UP_ROUNDS) {
        LocalDate dueOn = k.followUpDue(round).orElseThrow();
        var done = k.followUps().stream().filter(f -> f.round() == round).findFirst();
        boolean toRecord =
            done.isEmpty() && !dueOn.minusDays(Kpm.FOLLOW_UP_EARLY_DAYS).isAfter(today);
        boolean toReferBack =
            done.isPresent()
                && done.get().outcome() == FollowUpOutcome.MENURUN
                && done.get().referralId().isEmpty();
        if (toRecord || toReferBack) {
          PersonCard recipient = names.get(k.recipientPersonId());
          out.add(
              new FollowUpDue(
                  k.participantNumber().value(),
                  recipient == null ? null : recipient.name(),
                  k.groupCode(),
                  k.graduationType().map(Enum::name).orElse(null),
                  k.endedOn().orElse(null),
                  round,
                  dueOn,
                  done.map(f -> f.outcome().name()).orElse(null)));
        }
      }
    }
    out.sort(Comparator.comparing(FollowUpDue::dueOn));
    return out;
  }

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.followUp.record")
  public KpmDetails record(String participantNumber, RecordFollowUp followUp) {
    RecordFollowUp r = followUp == null ? new RecordFollowUp(null, null, null, null) : followUp;
    Kpm kpm = visible(participantNumber);
    FieldErrors errors = new FieldErrors();
    LocalDate today = districtTime.today();
    if (r.round() == null || !Kpm.FOLLOW_UP_ROUNDS.contains(r.round())) {
      errors.add("round", "pkh.followUp.round");
    }
    LocalDate on = Input.clean(r.on()) == null ? today : errors.date("on", r.on());
    FollowUpOutcome outcome = errors.code("outcome", FollowUpOutcome.class, r.outcome());
    if (outcome == null && Input.clean(r.outcome()) == null) {
      errors.add("outcome", "pkh.followUp.outcomeRequired");
    }
    String note = Input.clean(r.note());
    if (note != null && note.length() > 1000) {
      errors.add("note", "pkh.session.tooLong", 1000);
    }
    errors.throwIfAny();
    kpm.followUp(r.round(), on, outcome, note, currentUser.username(), today);
    em.flush();
    return kpmService.get(kpm.participantNumber().value());
  }

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.followUp.referBack")
  public KpmDetails referBack(String participantNumber, int round) {
    Kpm kpm = visible(participantNumber);
    kpm.requireFallBack(round); // checked before the referral is made
    ReferralDetails made =
        referrals.refer(
            new CreateReferral(
                null,
                kpm.recipientPersonId(),
                BACK_TO,
                "Keluarga graduasi PKH yang menurun pada pemantauan bulan ke-" + round,
                null,
                Boolean.FALSE,
                null,
                null));
    kpm.referredBack(round, made.id());
    em.flush();
    return kpmService.get(kpm.participantNumber().value());
  }

  private Kpm visible(String participantNumber) {
    return PkhScopes.requireVisibleKpm(em, access.pkhScope(), participantNumber);
  }
}
