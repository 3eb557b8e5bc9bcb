package id.slrt.core.error;

/**
 * The record changed since the caller read it (a stale {@code If-Match} or version): the edit is
 * refused so that it never overwrites someone else's. Answered 412; the caller reads again.
 */
public class PreconditionFailedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public PreconditionFailedException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
