package id.slrt.web.web;

import id.slrt.reporting.api.DistrictCounts;
import id.slrt.reporting.api.DistrictSummaryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home screen: the district's headline counts. */
@Named("home")
@RequestScoped
public class HomeBacking {
  @Inject DistrictSummaryService summary;

  private DistrictCounts counts;

  public DistrictCounts getCounts() {
    if (counts == null) {
      counts = summary.counts();
    }
    return counts;
  }
}
