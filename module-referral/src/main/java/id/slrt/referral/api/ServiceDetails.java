package id.slrt.referral.api;

import java.util.List;

/**
 * A service of the district's catalogue, as {@code GET /t/{tenant}/services} lists it: API.md's
 * {@code code}, {@code name}, {@code provider} and {@code slaDays}, and what an officer needs while
 * referring.
 *
 * @param providerName the agency's name in the district's registry
 * @param fastTrackSlaDays the working days of a fast-tracked referral, null when the service has no
 *     fast track
 * @param eligibility the conditions the system checks; each null when the service sets none
 * @param documents the checklist of documents to bring
 * @param issues what the agency issues when it serves the person (a Disdukcapil service)
 * @param changesWelfare serving it changes the family's welfare situation: a completed referral
 *     suggests a verivali proposal
 */
public record ServiceDetails(
    String code,
    String name,
    String provider,
    int slaDays,
    String providerName,
    Integer fastTrackSlaDays,
    String description,
    String eligibilityNotes,
    Eligibility eligibility,
    List<String> documents,
    List<String> issues,
    boolean changesWelfare,
    boolean active,
    long version) {

  /**
   * @param sex {@code M} or {@code F}
   * @param educationCompleted the family-card level a person must have completed
   * @param maxDesil the highest DTSEN desil served
   */
  public record Eligibility(
      Integer minAge, Integer maxAge, String sex, String educationCompleted, Integer maxDesil) {}
}
