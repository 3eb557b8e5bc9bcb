package id.slrt.referral.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;

/** Case conferences (rapat koordinasi) and their follow-up actions (RTL). */
public interface ConferenceService {
  /**
   * Records a conference held; the referrals discussed must be ones the caller may see, the
   * agencies the district's, the owners users of the district.
   *
   * @throws id.slrt.core.error.ValidationException listing every refused field
   */
  ConferenceDetails record(RecordConference request);

  /**
   * @throws id.slrt.core.error.NotFoundException when there is none, or none the caller may read
   */
  ConferenceDetails get(long id);

  /**
   * The conferences the caller may read, the latest first; with {@code referralId} those that
   * discussed it.
   */
  Page<ConferenceDetails> list(Long referralId, PageRequest page);

  /**
   * The caller's own follow-ups, the earliest due first: the open ones, or all with {@code all}.
   */
  Page<FollowUpDetails> myFollowUps(boolean all, PageRequest page);

  /** How many of the caller's follow-ups are open: the notice on their home screen. */
  long openFollowUpCount();

  /**
   * Marks one of the caller's follow-ups done (or one of a conference the caller recorded).
   *
   * @throws id.slrt.core.error.NotFoundException when it is neither
   * @throws id.slrt.core.error.ConflictException when it was done already
   */
  FollowUpDetails done(long followUpId, FollowUpDone done);

  /** The active users of the district, who may own a follow-up. */
  java.util.List<ConferenceOwner> possibleOwners();
}
