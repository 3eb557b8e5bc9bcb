package id.slrt.referral.api;

/**
 * Who signs the letters of a unit (a Puskesos: its manager; the secretariat: the head of the
 * division), a user of the district who also decides when the district asks for a decision.
 */
public record SignatoryDetails(
    String unitCode, String unitName, String username, String name, String title, String nip) {}
