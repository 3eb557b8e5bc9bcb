package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ConflictException;
import id.slrt.referral.api.LetterDocument;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * A referral letter as PDF, as the API and the screens send it: inline, with its file name, never
 * cached. For the screens' servlets, the refusals as plain statuses: not allowed 403, not printable
 * yet 409, anything else (a referral or case the user may not see) 404.
 */
public final class LetterPdfs {
  private LetterPdfs() {}

  /** The API's answer. */
  public static Response answer(LetterDocument letter) {
    return Response.ok(letter.pdf(), "application/pdf")
        .header("Content-Disposition", disposition(letter))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** Prints the letter for a screen and writes it, or the refusal's status. */
  public static void send(HttpServletResponse response, Supplier<LetterDocument> print)
      throws IOException {
    LetterDocument letter;
    try {
      letter = print.get();
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (ConflictException e) {
      response.sendError(HttpServletResponse.SC_CONFLICT);
      return;
    } catch (BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", disposition(letter));
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(letter.pdf().length);
    response.getOutputStream().write(letter.pdf());
  }

  private static String disposition(LetterDocument letter) {
    return "inline; filename=\"" + letter.fileName() + "\"";
  }
}
