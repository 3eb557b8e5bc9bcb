package id.slrt.referral.domain.model.referral;

import java.util.List;
import java.util.Optional;

/**
 * What a need's referrals say about the need, in one place: while any is open the need is being
 * handled; once all are closed it is done, served if any referral served the person, else not
 * eligible. A referral referred on counts through the referral that continues it; referrals that
 * were all withdrawn say nothing (the officer decides what becomes of the need).
 */
public record NeedVerdict(boolean open, ReferralOutcome closedAs) {
  public static Optional<NeedVerdict> of(List<Referral> referralsOfNeed) {
    if (referralsOfNeed.stream().anyMatch(r -> r.status().isOpen())) {
      return Optional.of(new NeedVerdict(true, null));
    }
    boolean served =
        referralsOfNeed.stream()
            .anyMatch(r -> r.outcome().orElse(null) == ReferralOutcome.DILAYANI);
    if (served) {
      return Optional.of(new NeedVerdict(false, ReferralOutcome.DILAYANI));
    }
    boolean refused =
        referralsOfNeed.stream()
            .anyMatch(
                r ->
                    r.status() == ReferralStatus.DITOLAK
                        || r.outcome().orElse(null) == ReferralOutcome.TIDAK_LAYAK);
    return refused
        ? Optional.of(new NeedVerdict(false, ReferralOutcome.TIDAK_LAYAK))
        : Optional.empty();
  }
}
