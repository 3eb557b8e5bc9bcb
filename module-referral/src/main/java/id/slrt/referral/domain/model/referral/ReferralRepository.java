package id.slrt.referral.domain.model.referral;

import id.slrt.core.paging.PageRequest;
import id.slrt.referral.domain.model.escalation.Escalation;
import id.slrt.referral.domain.model.escalation.EscalationLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Referrals of the current district. */
public interface ReferralRepository {
  Optional<Referral> find(long id);

  void store(Referral referral);

  /** Writes the changes of a loaded referral now (an optimistic lock failure surfaces here). */
  void update(Referral referral);

  /**
   * What a list shows: each criterion applies when not null. {@code villagePattern} limits to the
   * caller's place (a SQL LIKE pattern of village codes); {@code provider} to one agency's
   * referrals; {@code overdueOn} to open referrals due before that day; {@code escalatedTo} to open
   * referrals raised to that level of the chain or higher.
   */
  record ReferralQuery(
      Set<ReferralStatus> statuses,
      String serviceCode,
      String provider,
      Long personId,
      Long needId,
      LocalDate overdueOn,
      EscalationLevel escalatedTo,
      String villagePattern) {}

  /** The oldest due first, for reading only (a list): they are not to be changed. */
  List<Referral> search(ReferralQuery query, PageRequest page);

  long count(ReferralQuery query);

  /**
   * How many match, counted up to {@code cap + 1} at most: more than {@code cap} past it. A list
   * found to hold more than {@code cap} may be answered so for a minute without asking again.
   */
  long countUpTo(ReferralQuery query, long cap);

  /** Every referral made for this need. */
  List<Referral> ofNeed(long needId);

  /** The highest level each of these referrals was raised to, for those that were. */
  Map<Long, Escalation> escalations(List<Long> referralIds);
}
