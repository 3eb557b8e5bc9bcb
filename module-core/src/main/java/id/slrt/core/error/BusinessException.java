package id.slrt.core.error;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * Root of the exceptions a use case throws when a request cannot be carried out. Each carries a
 * message key; the edge (REST problem+json, faces message) renders it in the caller's language.
 * Rolls back the transaction it is thrown in.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  protected BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  /** The message's arguments (a copy). */
  public Object[] arguments() {
    return arguments.clone();
  }

  public String message(Locale locale) {
    return Messages.get(locale, messageKey, arguments);
  }
}
