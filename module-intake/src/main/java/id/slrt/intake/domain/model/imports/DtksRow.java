package id.slrt.intake.domain.model.imports;

import id.slrt.core.identity.NomorKk;
import id.slrt.intake.domain.model.household.Address;
import id.slrt.intake.domain.model.household.FemaleHeadReason;
import id.slrt.intake.domain.model.household.MemberFacts;
import java.util.Objects;

/**
 * One checked row of a DTKS/DTSEN file: the family columns (repeated on every member's row:
 * address, whether a woman heads it and why, Serikat PEKKA membership), the member, and the
 * family's welfare status if the file states one.
 */
public record DtksRow(
    long line,
    NomorKk kk,
    Address address,
    boolean femaleHeaded,
    FemaleHeadReason femaleHeadReason,
    boolean pekkaMember,
    MemberFacts member,
    WelfareFacts welfare) {

  /** Whether this row states the same household columns as another row of the same KK. */
  public boolean sameHouseholdAs(DtksRow other) {
    return kk.equals(other.kk)
        && sameAddress(address, other.address)
        && femaleHeaded == other.femaleHeaded
        && femaleHeadReason == other.femaleHeadReason
        && pekkaMember == other.pekkaMember
        && Objects.equals(welfare, other.welfare);
  }

  public static boolean sameAddress(Address a, Address b) {
    return a.village().equals(b.village())
        && Objects.equals(a.rt(), b.rt())
        && Objects.equals(a.rw(), b.rw())
        && Objects.equals(a.street(), b.street());
  }
}
