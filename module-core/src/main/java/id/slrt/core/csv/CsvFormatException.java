package id.slrt.core.csv;

import id.slrt.core.error.Messages;
import java.util.Locale;

/** A CSV file that cannot be read safely: not UTF-8, an unclosed quote, a field too long... */
public class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final String messageKey;
  private final transient Object[] arguments;

  public CsvFormatException(long line, String messageKey, Object... arguments) {
    super(messageKey + " at line " + line);
    this.line = line;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public long line() {
    return line;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }

  /** "Line 12: ..." in the reader's language. */
  public String message(Locale locale) {
    return Messages.get(locale, "csv.line", line)
        + " "
        + Messages.get(locale, messageKey, arguments);
  }
}
