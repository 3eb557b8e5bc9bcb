package id.slrt.pkh.api;

import java.util.List;

/**
 * Follow-ups of graduated families, 6 and 12 months after they left PKH, and a quick referral back
 * when one fell back. A KPM outside the caller's PKH scope answers as if it did not exist.
 */
public interface FollowUpService {
  /** The follow-ups of the graduated KPM the caller sees that fall due within the coming month. */
  List<FollowUpDue> due();

  KpmDetails record(String participantNumber, RecordFollowUp followUp);

  /** Refers the family found fallen back at the round's follow-up back to PKH. */
  KpmDetails referBack(String participantNumber, int round);
}
