package id.slrt.web.rest;

import id.slrt.core.error.Messages;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A body JSON-B cannot read is the client's error (400); a role the service
 * refuses is 403; anything unexpected is logged under an incident number and answered with a 500
 * that carries the number and no stack trace.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Locale locale = RequestLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
        return Problems.response(
            Problem.of(400, "request", Messages.get(locale, "request.malformed")));
      }
      // Payara refuses a @RolesAllowed call on a local view with AccessLocalException
      if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
        return Problems.response(
            Problem.of(403, "forbidden", Messages.get(locale, "auth.forbidden")));
      }
      cause = cause.getCause();
    }
    return incident(e, locale);
  }

  static Response incident(Throwable e, Locale locale) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return Problems.response(
        Problem.of(500, "server-error", Messages.get(locale, "server.error", incident)));
  }
}
