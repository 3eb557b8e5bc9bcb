package id.slrt.web.rest;

import id.slrt.core.error.BusinessException;

/** An update came without {@code If-Match}: answered 428, so that no edit overwrites blindly. */
public class PreconditionRequiredException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public PreconditionRequiredException(String messageKey) {
    super(messageKey);
  }
}
