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

  @Override
  public boolean mayDecideConflicts() {
    return access.mayCall(DefaultP2k2SessionService.class, "decide");
  }

  @Override
  public boolean mayEnrol() {
    return access.mayCall(DefaultKpmService.class, "enrol");
  }

  @Override
  public boolean mayLogSessions() {
    return access.mayCall(DefaultP2k2SessionService.class, "sync");
  }

  @Override
  public boolean maySetTargets() {
    return access.mayCall(DefaultGraduationService.class, "setTarget");
  }

  @Override
  public boolean mayFollowUp() {
    return access.mayCall(DefaultFollowUpService.class, "record");
  }

  @Override
  public boolean mayPlaceStickers() {
    return access.mayCall(DefaultStickerService.class, "placed");
  }

  @Override
  public boolean mayChangeStickerText() {
    return access.mayCall(DefaultStickerService.class, "changeText");
  }

  @Override
  public boolean mayAssessQuality() {
    return access.mayCall(DefaultMonitoringService.class, "assess");
  }

  @Override
  public boolean mayCoach() {
    return access.mayCall(DefaultMonitoringService.class, "coach");
  }

  @Override
  public boolean mayAssessFamilies() {
    return access.mayCall(DefaultSocioEconomicService.class, "assess");
  }

  @Override
  public boolean mayChangeQuestionnaire() {
    return access.mayCall(DefaultSocioEconomicService.class, "changeQuestionnaire");
  }

  @Override
  public boolean mayFindReplacements() {
    return access.mayCall(DefaultGraduationService.class, "replacements");
  }

  @Override
  public boolean mayProposeVerivali() {
    return access.mayCall(DefaultGraduationService.class, "proposeVerivali");
  }
}
