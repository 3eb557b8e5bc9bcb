package id.slrt.referral.api;

import java.util.List;

/**
 * A service as the district admin defines or changes it: {@code code} only when adding (it never
 * changes); {@code issues} what a Disdukcapil service gives the person ({@code NIK}, {@code KK},
 * civil documents); {@code changesWelfare} whether serving it changes the family's welfare
 * situation (a completed referral then suggests a verivali proposal); {@code active} false to stop
 * offering it (referrals made stay); {@code version} the one read, checked when given.
 */
public record ServiceInput(
    String code,
    String name,
    String provider,
    Integer slaDays,
    Integer fastTrackSlaDays,
    String description,
    String eligibilityNotes,
    ServiceDetails.Eligibility eligibility,
    List<String> documents,
    List<String> issues,
    Boolean changesWelfare,
    Boolean active,
    Long version) {}
