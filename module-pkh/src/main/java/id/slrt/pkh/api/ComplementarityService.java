package id.slrt.pkh.api;

/**
 * Complementarity: which other programs a KPM's family receives (intake's record), which it lacks
 * (food aid for the family, KIS/PBI for each member, KIP for each pupil), and a referral for a gap
 * in one step. A KPM outside the caller's PKH scope answers as if it did not exist.
 */
public interface ComplementarityService {
  ComplementarityDetails of(String participantNumber);

  /** Refers the gap {@code program} of {@code personId}; a gap already referred and open is 409. */
  ComplementarityDetails referGap(String participantNumber, ReferGap gap);
}
