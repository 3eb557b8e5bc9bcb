package id.slrt.referral.application;

import id.slrt.core.audit.AuditScope;
import id.slrt.core.audit.AuditTrail;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.intake.api.ViolenceHandOver;
import id.slrt.intake.api.ViolenceHandOverReceiver;
import id.slrt.referral.domain.model.violence.CaseChannel;
import id.slrt.referral.domain.model.violence.Victim;
import id.slrt.referral.domain.model.violence.ViolenceCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Opens a case from intake's hand-over, in the outbox's transaction: a new case no manager has
 * taken yet, in the managers' intake list, under the reference the officer got. A hand-over that
 * already opened its case (delivered again after a failure) changes nothing.
 */
@ApplicationScoped
public class ViolenceHandOverIntake implements ViolenceHandOverReceiver {
  @Inject @TenantDb EntityManager em;
  @Inject PersonDirectory people;
  @Inject Clock clock;
  @Inject AuditTrail trail;
  @Inject AuditScope auditScope;

  @Override
  public void receive(ViolenceHandOver h) {
    boolean known =
        !em.createQuery("SELECT c.id FROM ViolenceCase c WHERE c.source = :source")
            .setParameter("source", h.source())
            .getResultList()
            .isEmpty();
    if (known) {
      return;
    }
    Optional<PersonCard> card = h.personId() == null ? Optional.empty() : people.byId(h.personId());
    Victim victim =
        card.map(p -> Victim.person(p.personId(), p.birthDate(), false))
            .orElse(Victim.unregistered(null, false));
    String narrative =
        h.narrative() == null || h.narrative().length() <= ViolenceCase.MAX_NARRATIVE
            ? h.narrative()
            : h.narrative().substring(0, ViolenceCase.MAX_NARRATIVE);
    FieldErrors errors = new FieldErrors();
    ViolenceCase c =
        ViolenceCase.open(
            new ViolenceCase.Origin(
                h.reference(),
                h.source(),
                CaseChannel.valueOf(h.channel()),
                h.reportedOn(),
                h.villageCode()),
            victim,
            null,
            card.map(PersonCard::sex).orElse(h.sex()),
            null,
            Set.of(),
            null,
            narrative,
            null,
            h.reportedOn(),
            clock.instant(),
            h.recordedBy(),
            errors);
    errors.throwIfAny();
    em.persist(c);
    em.flush();
    auditScope.touchedSealed(true);
    trail.record("violence-case.hand-over", c.reference());
  }
}
