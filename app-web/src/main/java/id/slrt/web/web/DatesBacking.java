package id.slrt.web.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as people read them on the screens, in the screen's language: {@code 5 Jul 1985}, {@code 2
 * Des 2026}. ISO dates stay in the API and in CSV files.
 */
@Named("dates")
@ApplicationScoped
public class DatesBacking {

  /** The date in the current screen's language, or an empty text for none. */
  public String show(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMM yyyy", Faces.locale()).format(date);
  }
}
