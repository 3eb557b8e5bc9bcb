package id.slrt.web.rest;

import id.slrt.core.error.Messages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    Locale locale = RequestLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    int status = e.getResponse().getStatus();
    String key =
        switch (status) {
          case 404 -> "request.notFound";
          case 405 -> "request.methodNotAllowed";
          case 415 -> "request.unsupportedMediaType";
          default -> "request.malformed";
        };
    if (status >= 500) {
      return ServerErrorMapper.incident(e, locale);
    }
    return Problems.response(Problem.of(status, "request", Messages.get(locale, key)));
  }
}
