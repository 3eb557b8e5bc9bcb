package id.slrt.referral.api;

import java.util.List;

/**
 * A case conference as recorded after it was held: the day ({@code YYYY-MM-DD}), place, topic, the
 * agencies present (provider codes), the referrals discussed, the decisions, and the follow-up
 * actions (RTL).
 */
public record RecordConference(
    String heldOn,
    String place,
    String topic,
    List<String> agencies,
    List<Long> referralIds,
    String decisions,
    List<FollowUpInput> followUps) {

  /** One follow-up action: what, whose (a username of the district) and due when. */
  public record FollowUpInput(String action, String owner, String dueDate) {}
}
