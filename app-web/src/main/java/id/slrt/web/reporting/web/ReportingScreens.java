package id.slrt.web.reporting.web;

import id.slrt.reporting.api.DistrictCounts;
import id.slrt.reporting.api.DistrictSummaryService;
import id.slrt.web.web.HomeFigure;
import id.slrt.web.web.Screen;
import id.slrt.web.web.ScreenContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The reporting module's part of the screens: the district's headline counts on the home screen.
 */
@ApplicationScoped
public class ReportingScreens implements ScreenContribution {
  @Inject DistrictSummaryService summary;

  @Override
  public List<Screen> screens() {
    return List.of();
  }

  @Override
  public String messageBundle() {
    return "id.slrt.web.i18n.reporting.messages";
  }

  @Override
  public List<HomeFigure> homeFigures() {
    DistrictCounts counts = summary.counts();
    return List.of(
        new HomeFigure("count-households", "home.households", counts.households()),
        new HomeFigure("count-persons", "home.persons", counts.persons()),
        new HomeFigure(
            "count-female-headed", "home.femaleHeaded", counts.femaleHeadedHouseholds()));
  }
}
