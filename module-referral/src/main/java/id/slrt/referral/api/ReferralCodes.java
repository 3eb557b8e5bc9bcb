package id.slrt.referral.api;

import java.util.List;

/** The codes a referral screen offers, as the referral model defines them. */
public interface ReferralCodes {
  /** Every status, in the order a referral goes through them. */
  List<String> statuses();

  /** The outcomes of a completed referral. */
  List<String> outcomes();
}
