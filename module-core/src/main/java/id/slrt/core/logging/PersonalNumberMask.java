package id.slrt.core.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Keeps NIKs and family-card numbers out of the server log, whoever writes the line (a
 * duplicate-key message of the database driver, a container's report of a failed call): every run
 * of 16 digits in a record's message, its parameters and its exception's stack trace is shown as
 * its first six digits (the kecamatan, no one's identity) and ten asterisks. An exception is
 * written into the message as masked text (so no class of the application is needed to print it
 * later).
 *
 * <p>Installed on the root logger's handlers when the application starts and removed when it stops,
 * so that a redeployment never leaves a filter of an old class loader behind. It never throws: a
 * record it cannot mask is written as it came rather than lost.
 */
public final class PersonalNumberMask implements Filter {
  private static final Pattern SIXTEEN_DIGITS =
      Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{10}(?![0-9])");

  private final Filter next;

  PersonalNumberMask(Filter next) {
    this.next = next;
  }

  /** Puts the mask in front of every handler of the root logger, replacing an earlier one. */
  public static synchronized void install() {
    for (Handler handler : root().getHandlers()) {
      handler.setFilter(new PersonalNumberMask(unwrapped(handler.getFilter())));
    }
  }

  /** Takes the mask away again (the application stops). */
  public static synchronized void uninstall() {
    for (Handler handler : root().getHandlers()) {
      handler.setFilter(unwrapped(handler.getFilter()));
    }
  }

  private static Logger root() {
    return LogManager.getLogManager().getLogger("");
  }

  /** The filter behind a mask of this or an earlier deployment (same class name, any loader). */
  private static Filter unwrapped(Filter filter) {
    Filter f = filter;
    while (f != null && f.getClass().getName().equals(PersonalNumberMask.class.getName())) {
      try {
        java.lang.reflect.Field field = f.getClass().getDeclaredField("next");
        field.setAccessible(true);
        f = (Filter) field.get(f);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return f;
  }

  public static String mask(String text) {
    return text == null ? null : SIXTEEN_DIGITS.matcher(text).replaceAll("$1**********");
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    try {
      mask(record);
    } catch (Throwable t) { // NOPMD: a log line must never fail the caller
      // leave the record as it is
    }
    return next == null || next.isLoggable(record);
  }

  private static void mask(LogRecord record) {
    String message = mask(record.getMessage());
    Object[] params = record.getParameters();
    if (params != null) {
      Object[] masked = new Object[params.length];
      for (int i = 0; i < params.length; i++) {
        masked[i] =
            params[i] instanceof CharSequence || params[i] instanceof Number
                ? mask(String.valueOf(params[i]))
                : params[i];
      }
      record.setParameters(masked);
    }
    Throwable thrown = record.getThrown();
    if (thrown != null) {
      StringWriter trace = new StringWriter();
      thrown.printStackTrace(new PrintWriter(trace));
      String masked = mask(trace.toString());
      if (!masked.equals(trace.toString())) {
        // only when something was masked: otherwise the exception stays as it is
        message = (message == null ? "" : message) + System.lineSeparator() + masked;
        record.setThrown(null);
      }
    }
    record.setMessage(message);
  }
}
