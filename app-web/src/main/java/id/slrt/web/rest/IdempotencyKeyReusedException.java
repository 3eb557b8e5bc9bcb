package id.slrt.web.rest;

import id.slrt.core.error.BusinessException;

/** The same {@code Idempotency-Key} came with a different request: answered 422. */
public class IdempotencyKeyReusedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public IdempotencyKeyReusedException() {
    super("idempotency.keyReused");
  }
}
