package id.slrt.referral.api;

import java.util.List;

/** The codes a referral screen offers, as the referral model defines them. */
public interface ReferralCodes {
  /** Every status, in the order a referral goes through them. */
  List<String> statuses();

  /** The outcomes of a completed referral. */
  List<String> outcomes();

  /** The school levels a service's condition may name (those of the family card). */
  List<String> educationLevels();

  /** What a service may issue when served: NIK, KK and civil documents. */
  List<String> issued();
}
