package id.slrt.referral.infrastructure;

import id.slrt.core.tenancy.TenantModule;
import id.slrt.referral.domain.model.calendar.Holiday;
import id.slrt.referral.domain.model.referral.Referral;
import id.slrt.referral.domain.model.referral.ReferralEvent;
import id.slrt.referral.domain.model.service.ServiceOffering;
import java.util.List;

/**
 * Referral's tables in every tenant schema: the service catalogue, referrals, holidays,
 * escalations, letters, case conferences, P2TP2A's violence cases.
 */
public final class ReferralTenantModule implements TenantModule {

  @Override
  public String name() {
    return "referral";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        ServiceOffering.class,
        Referral.class,
        ReferralEvent.class,
        Holiday.class,
        id.slrt.referral.domain.model.escalation.Escalation.class,
        id.slrt.referral.domain.model.letter.LetterSettings.class,
        id.slrt.referral.domain.model.letter.Signatory.class,
        id.slrt.referral.domain.model.letter.ReferralLetter.class,
        id.slrt.referral.domain.model.conference.CaseConference.class,
        id.slrt.referral.domain.model.conference.FollowUp.class,
        id.slrt.referral.domain.model.violence.ViolenceCase.class,
        id.slrt.referral.domain.model.violence.CaseStep.class,
        id.slrt.referral.domain.model.violence.Consent.class);
  }

  /** The district's service catalogue from {@code services.csv}. */
  @Override
  public int seed(List<java.nio.file.Path> folders, javax.sql.DataSource schema)
      throws java.io.IOException, java.sql.SQLException {
    return ServiceSeed.apply(folders, schema);
  }
}
