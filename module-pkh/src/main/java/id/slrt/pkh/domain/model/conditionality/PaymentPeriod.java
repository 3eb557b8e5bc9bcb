package id.slrt.pkh.domain.model.conditionality;

import id.slrt.core.error.FieldErrors;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PKH payment period (tahap): the year cut into periods of {@code months} months, numbered from
 * 1. Its code is {@code 2026-P3}: with three-month periods, July to September 2026.
 */
public record PaymentPeriod(int year, int number, int months) {
  private static final Pattern CODE = Pattern.compile("(\\d{4})-P(\\d{1,2})");

  public PaymentPeriod {
    if (!ConditionalityRule.PERIOD_MONTHS.contains(months)) {
      throw new IllegalArgumentException("period of " + months + " months");
    }
    if (number < 1 || number > 12 / months) {
      throw new IllegalArgumentException("period " + number + " of " + months + " months");
    }
  }

  /** The period {@code day} falls in. */
  public static PaymentPeriod of(LocalDate day, int months) {
    return new PaymentPeriod(day.getYear(), (day.getMonthValue() - 1) / months + 1, months);
  }

  /** Reads a code such as {@code 2026-P3}; a malformed one or one out of the year is an error. */
  public static Optional<PaymentPeriod> read(
      String code, int months, String field, FieldErrors errors) {
    Matcher m = code == null ? null : CODE.matcher(code.trim());
    if (m == null || !m.matches()) {
      errors.add(field, "pkh.period.format");
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int number = Integer.parseInt(m.group(2));
    if (year < 2007 || number < 1 || number > 12 / months) {
      errors.add(field, "pkh.period.range", 12 / months);
      return Optional.empty();
    }
    return Optional.of(new PaymentPeriod(year, number, months));
  }

  public LocalDate start() {
    return LocalDate.of(year, (number - 1) * months + 1, 1);
  }

  public LocalDate end() {
    return start().plusMonths(months).minusDays(1);
  }

  public PaymentPeriod previous() {
    return number > 1
        ? new PaymentPeriod(year, number - 1, months)
        : new PaymentPeriod(year - 1, 12 / months, months);
  }

  public PaymentPeriod next() {
    return number < 12 / months
        ? new PaymentPeriod(year, number + 1, months)
        : new PaymentPeriod(year + 1, 1, months);
  }

  public String code() {
    return year + "-P" + number;
  }

  @Override
  public String toString() {
    return code();
  }
}
