package id.slrt.pkh.infrastructure;

import id.slrt.core.tenancy.TenantModule;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.PkhGroup;
import id.slrt.pkh.domain.model.p2k2.P2k2Module;
import java.util.List;

/** PKH's tables in every tenant schema: the P2K2 curriculum, KPM families and groups. */
public final class PkhTenantModule implements TenantModule {

  @Override
  public String name() {
    return "pkh";
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        P2k2Module.class,
        id.slrt.pkh.domain.model.p2k2.P2k2Session.class,
        Kpm.class,
        PkhGroup.class,
        id.slrt.pkh.domain.model.p2k2.SessionLog.class,
        id.slrt.pkh.domain.model.graduation.Graduation.class,
        id.slrt.pkh.domain.model.conditionality.ConditionalityRule.class,
        id.slrt.pkh.domain.model.p2k2.SheetPhoto.class,
        id.slrt.pkh.domain.model.casework.CaseNote.class,
        id.slrt.pkh.domain.model.complementarity.GapReferral.class,
        id.slrt.pkh.domain.model.graduation.GraduationTarget.class,
        id.slrt.pkh.domain.model.kpm.StickerText.class,
        id.slrt.pkh.domain.model.monitoring.QualityInstrument.class,
        id.slrt.pkh.domain.model.monitoring.QualityAssessment.class,
        id.slrt.pkh.domain.model.monitoring.Coaching.class,
        id.slrt.pkh.domain.model.imports.KpmImport.class,
        id.slrt.pkh.domain.model.imports.KpmImportReject.class,
        id.slrt.pkh.domain.model.graduation.Questionnaire.class,
        id.slrt.pkh.domain.model.graduation.SocioEconomicAssessment.class);
  }
}
