package id.slrt.referral.api;

import java.util.Optional;

/**
 * Referral letters (surat rujukan): issued with the district's letterhead, numbering and signatory,
 * verified by anyone through the key of their QR code.
 */
public interface LetterService {
  /**
   * The letter of a referral the caller may see, and what the caller may do with it.
   *
   * @throws id.slrt.core.error.NotFoundException when the caller may not see the referral
   */
  LetterDetails letter(long referralId);

  /**
   * The letter as PDF. At its first print it is issued (numbered, signed by the unit's signatory);
   * printed again it is the same letter.
   *
   * @param verifyBase the address of the verification page the QR code leads to
   * @throws id.slrt.core.error.ConflictException when the district asks for a decision that was not
   *     given, the referral is closed and has no letter, or no signatory is named
   */
  LetterDocument print(long referralId, String verifyBase);

  /** The back office recommends the letter for the signatory's decision. */
  LetterDetails recommend(long referralId, LetterNote note);

  /** The signatory approves (the letter is issued) or refuses a recommended letter. */
  LetterDetails decide(long referralId, LetterDecision decision);

  /** The district's letter settings with its signatories (district admin). */
  LetterSettingsDetails settings();

  /**
   * @param expectedVersion the version the caller read, given the settings' id (the REST layer
   *     reads it from If-Match, which names the id, after the caller's role was checked); null for
   *     no check
   */
  LetterSettingsDetails changeSettings(
      ChangeLetterSettings change, java.util.function.LongFunction<Long> expectedVersion);

  SignatoryDetails nameSignatory(String unitCode, NameSignatory signatory);

  void removeSignatory(String unitCode);

  /** A genuine letter's number, day and its referral's status; empty for any other key. */
  Optional<LetterVerification> verify(String key);
}
