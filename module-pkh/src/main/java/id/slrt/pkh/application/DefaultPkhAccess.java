package id.slrt.pkh.application;

import id.slrt.core.security.AccessPolicy;
import id.slrt.pkh.api.PkhAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@link PkhAccess} answered from the services' own {@code @RolesAllowed}. */
@Named("pkhAccess")
@RequestScoped
public class DefaultPkhAccess implements PkhAccess {
  @Inject AccessPolicy access;

  @Override
  public boolean mayWarn() {
    return access.mayCall(DefaultConditionalityService.class, "warn");
  }

  @Override
  public boolean mayEndMembership() {
    return access.mayCall(DefaultKpmService.class, "exit");
  }

  @Override
  public boolean mayChangeRule() {
    return access.mayCall(DefaultConditionalityService.class, "changeRule");
  }

  @Override
  public boolean mayWorkCases() {
    return access.mayCall(DefaultCaseNoteService.class, "open");
  }

  @Override
  public boolean mayReferGaps() {
    return access.mayCall(DefaultComplementarityService.class, "referGap");
  }

  @Override
  public boolean mayDecideGraduations() {
    return access.mayCall(DefaultGraduationService.class, "decide");
  }
}
