package id.slrt.referral.application;

import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.intake.api.PersonFacts;
import id.slrt.referral.api.EligibilityWarning;
import id.slrt.referral.domain.model.service.Eligibility;
import id.slrt.referral.domain.model.service.ServiceOffering;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A service's conditions checked against a person's recorded facts, for the front office (the
 * warnings can name the family's desil: never for an agency).
 */
@ApplicationScoped
public class EligibilityChecks {
  @Inject PersonDirectory people;
  @Inject DistrictTime districtTime;

  /** What the person may not meet; none when the person has no record. */
  public List<EligibilityWarning> warnings(ServiceOffering service, long personId) {
    PersonFacts f = people.facts(personId).orElse(null);
    if (f == null) {
      return List.of();
    }
    return service
        .eligibility()
        .warnings(
            new Eligibility.Applicant(
                f.birthDate(), f.sex(), f.education(), f.welfareRegistered(), f.desil()),
            districtTime.today())
        .stream()
        .map(w -> new EligibilityWarning(w.key(), w.args(), null))
        .toList();
  }
}
