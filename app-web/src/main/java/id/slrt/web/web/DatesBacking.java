package id.slrt.web.web;

import id.slrt.core.time.DistrictTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates as people read them on the screens, in the screen's language: {@code 5 Jul 1985}, {@code 2
 * Des 2026}. ISO dates stay in the API and in CSV files.
 */
@Named("dates")
@ApplicationScoped
public class DatesBacking {

  @Inject DistrictTime districtTime;

  /**
   * An instant as a day and time in the district's own time zone (Maros is WITA), {@code 2 Des 2026
   * 09.15}; empty for none.
   */
  public String showInstant(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = districtTime.zone();
    return DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", Faces.locale())
        .format(instant.atZone(zone));
  }

  /** Whole years since a birth date, in the district's today; empty for none. */
  public String age(LocalDate birthDate) {
    return birthDate == null
        ? ""
        : Long.toString(java.time.Period.between(birthDate, districtTime.today()).getYears());
  }

  /** The district's today, for the latest day a date picker offers. */
  public LocalDate today() {
    return districtTime.today();
  }

  /** The date in the current screen's language, or an empty text for none. */
  public String show(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMM yyyy", Faces.locale()).format(date);
  }
}
