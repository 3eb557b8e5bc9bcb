package id.slrt.intake.api;

/**
 * What the list of needs can be narrowed by; null or blank means any. {@code fastTrack} is {@code
 * true} or {@code false}.
 */
public record NeedFilter(
    String status, String category, String fastTrack, String nik, String villageCode) {}
