package id.slrt.web.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;

/**
 * Counts as people read them on the screens, with the screen language's thousands separator: {@code
 * 207.000} in Bahasa Indonesia, {@code 207,000} in English. A count that is not a number (a small
 * count shown as {@code "<5"}) is shown as it is.
 */
@Named("numbers")
@ApplicationScoped
public class NumbersBacking {

  public String show(Object count) {
    if (count instanceof Number n) {
      return NumberFormat.getIntegerInstance(Faces.locale()).format(n.longValue());
    }
    return count == null ? "" : count.toString();
  }
}
