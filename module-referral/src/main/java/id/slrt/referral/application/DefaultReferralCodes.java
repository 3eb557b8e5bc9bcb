package id.slrt.referral.application;

import id.slrt.referral.api.ReferralCodes;
import id.slrt.referral.domain.model.referral.ReferralOutcome;
import id.slrt.referral.domain.model.referral.ReferralStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/** The referral model's codes for screens. */
@ApplicationScoped
public class DefaultReferralCodes implements ReferralCodes {
  @Override
  public List<String> statuses() {
    return Arrays.stream(ReferralStatus.values()).map(Enum::name).toList();
  }

  @Override
  public List<String> outcomes() {
    return Arrays.stream(ReferralOutcome.values()).map(Enum::name).toList();
  }

  @Override
  public List<String> educationLevels() {
    return id.slrt.referral.domain.model.service.Eligibility.EDUCATION_LEVELS.stream()
        .sorted()
        .toList();
  }

  @Override
  public List<String> issued() {
    List<String> all = new java.util.ArrayList<>(List.of("NIK", "KK"));
    all.addAll(id.slrt.referral.domain.model.service.Issues.DOCUMENTS.stream().sorted().toList());
    return List.copyOf(all);
  }
}
