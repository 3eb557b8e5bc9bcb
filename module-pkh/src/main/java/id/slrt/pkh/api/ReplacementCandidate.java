package id.slrt.pkh.api;

import java.time.LocalDate;

/**
 * A family that could take a graduated KPM's place: in DTSEN desil 1-4 by its current status,
 * living in the graduate's kecamatan, never a KPM.
 */
public record ReplacementCandidate(
    long householdId, String kk, String headName, String villageCode, int desil, LocalDate asOf) {}
