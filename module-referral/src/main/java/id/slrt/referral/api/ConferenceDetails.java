package id.slrt.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case conference with its agencies (code and name), referrals, decisions and follow-ups. */
public record ConferenceDetails(
    long id,
    LocalDate heldOn,
    String place,
    String topic,
    List<Agency> agencies,
    List<Long> referralIds,
    String decisions,
    Instant recordedAt,
    String recordedBy,
    List<FollowUpDetails> followUps) {

  public record Agency(String code, String name) {}
}
