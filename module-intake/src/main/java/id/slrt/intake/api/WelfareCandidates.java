package id.slrt.intake.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Families a program could take in, by their current DTSEN status: PKH looks here for replacement
 * candidates when a KPM graduates. For the district office and PKH coordinators only, since it
 * answers welfare status.
 */
public interface WelfareCandidates {
  /**
   * Families living in a place (a kecamatan or village code, {@code 32.15.01}) whose current DTSEN
   * status registers them in desil 1 to {@code maxDesil}, the lowest desil first, then the longest
   * on the register; those of {@code excluding} left out; at most {@code max}.
   */
  List<CandidateFamily> lowestDesil(String placeCode, int maxDesil, Set<Long> excluding, int max);

  /** A family and its current DTSEN status. */
  record CandidateFamily(
      long householdId,
      String kk,
      String headName,
      String villageCode,
      int desil,
      LocalDate asOf) {}
}
