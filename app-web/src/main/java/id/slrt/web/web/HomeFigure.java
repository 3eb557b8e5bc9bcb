package id.slrt.web.web;

/**
 * A headline number on the home screen, contributed by a module ({@link
 * ScreenContribution#homeFigures()}): its element id, the message key of its label, and its value
 * (a number, or a text such as {@code "<5"}); with an outcome, the figure links to the screen that
 * lists what it counts.
 */
public record HomeFigure(String id, String labelKey, Object value, String outcome) {
  public HomeFigure(String id, String labelKey, Object value) {
    this(id, labelKey, value, null);
  }
}
