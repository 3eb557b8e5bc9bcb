package id.slrt.intake.domain.model.household;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * The civil documents a person holds, that the identity desk and referrals ask about. Which ones a
 * person is expected to have follows from age and marital status ({@link #expectedFor}).
 */
public enum IdentityDocument {
  /** Birth certificate: everyone. */
  AKTA_KELAHIRAN,
  /** Electronic identity card: from 17, or younger when married. */
  KTP_EL,
  /** Child identity card: under 17. */
  KIA,
  /** Marriage book or certificate: married, divorced or widowed. */
  BUKU_NIKAH,
  /** Divorce certificate: divorced. */
  AKTA_CERAI;

  /** From this age a person needs a KTP-el instead of a KIA. */
  public static final int ADULT_FROM = 17;

  /** The documents a person of this age and marital status is expected to hold. */
  public static Set<IdentityDocument> expectedFor(
      LocalDate birthDate, MaritalStatus marital, LocalDate today) {
    Set<IdentityDocument> expected = EnumSet.of(AKTA_KELAHIRAN);
    boolean married = marital != null && marital != MaritalStatus.BELUM_KAWIN;
    if (Period.between(birthDate, today).getYears() >= ADULT_FROM || married) {
      expected.add(KTP_EL);
    } else {
      expected.add(KIA);
    }
    if (married) {
      expected.add(BUKU_NIKAH);
    }
    if (marital == MaritalStatus.CERAI_HIDUP) {
      expected.add(AKTA_CERAI);
    }
    return expected;
  }
}
