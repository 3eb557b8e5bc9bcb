package id.slrt.core.identity;

/**
 * A value that does not make a valid identifier. Carries a message key (resolved against the {@code
 * id.slrt.core.i18n.messages} bundle at the edge) and the offending value's arguments.
 */
public class InvalidIdentifierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public InvalidIdentifierException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
