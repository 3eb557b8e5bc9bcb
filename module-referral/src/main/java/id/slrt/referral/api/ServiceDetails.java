package id.slrt.referral.api;

/** A service of the district's catalogue, as {@code GET /t/{tenant}/services} lists it. */
public record ServiceDetails(String code, String name, String provider, int slaDays) {}
