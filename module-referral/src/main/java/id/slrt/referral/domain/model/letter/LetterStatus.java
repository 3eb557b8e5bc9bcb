package id.slrt.referral.domain.model.letter;

/**
 * Where a referral letter stands. Without the district's decision step a letter is TERBIT when
 * first printed; with it, the back office's recommendation makes it DIREKOMENDASIKAN, and the
 * signatory's decision TERBIT or DITOLAK (a refused letter may be recommended again).
 */
public enum LetterStatus {
  DIREKOMENDASIKAN,
  DITOLAK,
  TERBIT
}
