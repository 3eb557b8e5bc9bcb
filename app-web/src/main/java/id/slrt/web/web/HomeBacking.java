package id.slrt.web.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home screen: the headline numbers every module contributes ({@link HomeFigure}). */
@Named("home")
@RequestScoped
public class HomeBacking {
  @Inject Screens screens;

  private List<HomeFigure> figures;

  public List<HomeFigure> getFigures() {
    if (figures == null) {
      figures = screens.homeFigures();
    }
    return figures;
  }
}
