package id.slrt.core.error;

/** The request clashes with what is already recorded: a duplicate, or an illegal state change. */
public class ConflictException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
