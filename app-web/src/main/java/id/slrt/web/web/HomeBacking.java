package id.slrt.web.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The home screen: the headline numbers every module contributes ({@link HomeFigure}). */
@Named("home")
@RequestScoped
public class HomeBacking {
  @Inject @Any Instance<ScreenContribution> contributions;

  private List<HomeFigure> figures;

  public List<HomeFigure> getFigures() {
    if (figures == null) {
      List<HomeFigure> all = new ArrayList<>();
      contributions.forEach(c -> all.addAll(c.homeFigures()));
      figures = List.copyOf(all);
    }
    return figures;
  }
}
