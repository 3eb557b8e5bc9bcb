package id.slrt.intake.application;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.text.Input;
import id.slrt.intake.api.ProposeVerivali;
import id.slrt.intake.api.VerivaliProposals;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.verivali.ProposalType;
import id.slrt.intake.domain.model.verivali.VerivaliProposal;
import id.slrt.intake.domain.model.verivali.VerivaliRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Records a verivali proposal: the one place a proposal is checked and stored. {@link
 * DefaultVerivaliService#propose} checks the caller's role and calls it; another module's use case
 * that has decided who may (PKH's coordinator after an approved graduation) reaches it through
 * {@link VerivaliProposals}.
 */
@Stateless
@LocalBean
@Local(VerivaliProposals.class)
@PermitAll
public class VerivaliProposer implements VerivaliProposals {
  @Inject VerivaliRepository proposals;
  @Inject HouseholdRepository households;
  @Inject TenantContext tenants;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Override
  public long propose(ProposeVerivali request) {
    return add(request).id();
  }

  /** Checks and stores the proposal, as the current user. */
  public VerivaliProposal add(ProposeVerivali request) {
    ProposeVerivali r =
        request == null ? new ProposeVerivali(null, null, null, null, null) : request;
    LocalDate today = LocalDate.ofInstant(clock.instant(), tenants.require().zone());
    FieldErrors errors = new FieldErrors();
    Household household = null;
    if (r.householdId() == null) {
      errors.add("householdId", "verivali.household");
    } else {
      household = households.find(r.householdId()).orElse(null);
      if (household == null) {
        errors.add("householdId", "household.notFound");
      }
    }
    ProposalType type = Input.code(ProposalType.class, r.type()).orElse(null);
    if (type == null) {
      errors.add("type", "verivali.type", Arrays.toString(ProposalType.values()));
    }
    String reason = Input.clean(r.reason());
    if (reason == null) {
      errors.add("reason", "verivali.reason");
    } else if (reason.length() > 1000) {
      errors.add("reason", "verivali.tooLong", 1000);
    }
    if (r.musdesDate() != null && r.musdesDate().isAfter(today)) {
      errors.add("musdesDate", "verivali.musdesFuture");
    }
    String notes = Input.clean(r.notes());
    if (notes != null && notes.length() > 2000) {
      errors.add("notes", "verivali.tooLong", 2000);
    }
    errors.throwIfAny();
    if (proposals.hasOpen(household.id(), type)) {
      throw new ConflictException("verivali.duplicate");
    }
    VerivaliProposal proposal =
        new VerivaliProposal(
            household.id(),
            type,
            reason,
            r.musdesDate(),
            notes,
            clock.instant(),
            currentUser.username());
    proposals.store(proposal);
    return proposal;
  }
}
