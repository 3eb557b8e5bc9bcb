package id.slrt.intake.application;

import id.slrt.core.security.AccessPolicy;
import id.slrt.intake.api.IntakeAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@link IntakeAccess} answered from the services' own {@code @RolesAllowed}. */
@Named("intakeAccess")
@RequestScoped
public class DefaultIntakeAccess implements IntakeAccess {
  @Inject AccessPolicy access;

  @Override
  public boolean mayEditHouseholds() {
    return access.mayCall(DefaultHouseholdService.class, "update");
  }

  @Override
  public boolean mayCorrectMembers() {
    return access.mayCall(DefaultHouseholdService.class, "correctMember");
  }

  @Override
  public boolean mayRecordDepartures() {
    return access.mayCall(DefaultHouseholdService.class, "memberLeft");
  }

  @Override
  public boolean mayMovePersons() {
    return access.mayCall(DefaultHouseholdService.class, "movePerson");
  }

  @Override
  public boolean mayRecordWelfare() {
    return access.mayCall(DefaultHouseholdService.class, "recordWelfare");
  }

  @Override
  public boolean mayRegister() {
    return access.mayCall(DefaultHouseholdService.class, "register");
  }

  @Override
  public boolean mayRecordPrograms() {
    return access.mayCall(DefaultHouseholdService.class, "recordProgram");
  }

  @Override
  public boolean mayExportVerivali() {
    return access.mayCall(DefaultVerivaliService.class, "export");
  }

  @Override
  public boolean mayReviewVerivali() {
    return access.mayCall(DefaultVerivaliService.class, "move");
  }

  @Override
  public boolean mayProposeVerivali() {
    return access.mayCall(DefaultVerivaliService.class, "propose");
  }
}
