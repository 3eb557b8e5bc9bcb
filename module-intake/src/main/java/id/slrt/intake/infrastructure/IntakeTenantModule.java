package id.slrt.intake.infrastructure;

import id.slrt.core.tenancy.TenantModule;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.household.PersonMove;
import id.slrt.intake.domain.model.household.ProgramReceipt;
import id.slrt.intake.domain.model.household.WelfareStatus;
import id.slrt.intake.domain.model.imports.ImportJob;
import id.slrt.intake.domain.model.imports.ImportReject;
import id.slrt.intake.domain.model.klik.Consultation;
import id.slrt.intake.domain.model.klik.KlikEvent;
import id.slrt.intake.domain.model.klik.Visit;
import id.slrt.intake.domain.model.need.Need;
import id.slrt.intake.domain.model.need.NeedEvent;
import id.slrt.intake.domain.model.verivali.VerivaliProposal;
import id.slrt.intake.infrastructure.persistence.PersonNameTokens;
import java.util.List;
import java.util.Map;

/** Intake's tables in every tenant schema: households and people. */
public final class IntakeTenantModule implements TenantModule {

  @Override
  public String name() {
    return "intake";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        Household.class,
        Person.class,
        Need.class,
        NeedEvent.class,
        WelfareStatus.class,
        ProgramReceipt.class,
        PersonMove.class,
        KlikEvent.class,
        Consultation.class,
        Visit.class,
        VerivaliProposal.class,
        ImportJob.class,
        ImportReject.class);
  }

  /** The name search's index follows every person written (see {@link PersonNameTokens}). */
  @Override
  public Map<String, String> persistenceProperties() {
    return Map.of(
        "eclipselink.descriptor.customizer.Person",
        PersonNameTokens.class.getName(),
        "eclipselink.session-event-listener",
        PersonNameTokens.Writer.class.getName());
  }
}
