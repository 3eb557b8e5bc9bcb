package id.slrt.core.error;

import java.io.Serializable;
import java.util.Locale;

/**
 * One refused input value: the path of the field as the client sent it ({@code members[0].nik}),
 * and the message key with its arguments.
 */
public record FieldError(String field, String messageKey, Object[] arguments)
    implements Serializable {

  public FieldError {
    arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  public static FieldError of(String field, String messageKey, Object... arguments) {
    return new FieldError(field, messageKey, arguments);
  }

  public String message(Locale locale) {
    return Messages.get(locale, messageKey, arguments);
  }
}
