package id.slrt.referral.application;

import id.slrt.core.security.AccessPolicy;
import id.slrt.referral.api.ReferralAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@link ReferralAccess} answered from the services' own {@code @RolesAllowed}. */
@Named("referralAccess")
@RequestScoped
public class DefaultReferralAccess implements ReferralAccess {
  @Inject AccessPolicy access;

  @Override
  public boolean mayRecordConferences() {
    return access.mayCall(DefaultConferenceService.class, "record");
  }

  @Override
  public boolean mayReadConferences() {
    return access.mayCall(DefaultConferenceService.class, "list");
  }

  @Override
  public boolean mayReadLetters() {
    return access.mayCall(DefaultLetterService.class, "letter");
  }
}
