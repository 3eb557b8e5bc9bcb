package id.slrt.reporting.api;

/** Counts for the current tenant's dashboard. */
public interface DistrictSummaryService {

  DistrictCounts counts();
}
