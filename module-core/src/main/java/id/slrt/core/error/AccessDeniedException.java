package id.slrt.core.error;

/** The caller is known but may not do this (for instance: a user of another district). */
public class AccessDeniedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
