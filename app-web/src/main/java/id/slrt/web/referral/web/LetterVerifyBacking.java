package id.slrt.web.referral.web;

import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantRegistry;
import id.slrt.referral.api.LetterService;
import id.slrt.referral.api.LetterVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The public page a letter's QR code leads to: whether the letter is genuine, its number, the day
 * it was issued and where its referral stands, and nothing else (no name, no service). Anyone may
 * open it, signed in or not; an unknown district or key reads exactly as a letter that is not
 * genuine.
 */
@Named("verify")
@RequestScoped
public class LetterVerifyBacking {
  @Inject TenantRegistry tenants;
  @Inject TenantContext tenantContext;
  @Inject LetterService letters;

  private String district;
  private String key;
  private Optional<LetterVerification> result;

  public LetterVerification getResult() {
    if (result == null) {
      result =
          district == null || !district.matches("[a-z][a-z0-9]{1,29}")
              ? Optional.empty()
              : tenants
                  .find(district)
                  .flatMap(
                      t -> {
                        tenantContext.enter(t);
                        return letters.verify(key);
                      });
    }
    return result.orElse(null);
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
