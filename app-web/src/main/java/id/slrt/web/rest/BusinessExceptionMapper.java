package id.slrt.web.rest;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.PreconditionFailedException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.security.InvalidCredentialsException;
import id.slrt.core.security.SignInThrottledException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A use case refused the request: 400, 401, 403, 404, 409, 412, 422, 428 or 429 as problem+json, in
 * the caller's language.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException e) {
    Locale locale = RequestLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    if (e instanceof ValidationException v) {
      return Problems.response(
          Problem.withErrors(
              e.message(locale),
              v.errors().stream()
                  .map(f -> new Problem.FieldProblem(f.field(), f.message(locale)))
                  .toList()));
    }
    int status;
    String slug;
    if (e instanceof NotFoundException) {
      status = 404;
      slug = "not-found";
    } else if (e instanceof ConflictException) {
      status = 409;
      slug = "conflict";
    } else if (e instanceof PreconditionFailedException) {
      status = 412;
      slug = "precondition-failed";
    } else if (e instanceof PreconditionRequiredException) {
      status = 428;
      slug = "precondition-required";
    } else if (e instanceof IdempotencyKeyReusedException) {
      status = 422;
      slug = "idempotency-key-reused";
    } else if (e instanceof SignInThrottledException t) {
      return Response.fromResponse(
              Problems.response(Problem.of(429, "too-many-sign-in-failures", e.message(locale))))
          .header("Retry-After", t.retryAfterSeconds())
          .build();
    } else if (e instanceof InvalidCredentialsException) {
      status = 401;
      slug = "invalid-credentials";
    } else if (e instanceof AccessDeniedException) {
      status = 403;
      slug = "forbidden";
    } else {
      status = 400;
      slug = "bad-request";
    }
    return Problems.response(Problem.of(status, slug, e.message(locale)));
  }
}
