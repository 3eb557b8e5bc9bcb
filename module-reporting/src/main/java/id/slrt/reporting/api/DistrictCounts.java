package id.slrt.reporting.api;

/** Headline counts of a district. */
public record DistrictCounts(long households, long persons, long femaleHeadedHouseholds) {}
