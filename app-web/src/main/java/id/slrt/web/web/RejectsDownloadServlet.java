package id.slrt.web.web;

import id.slrt.core.error.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The refused rows of an import as a CSV download for the screens (signed-in session; the API has
 * its own {@code .../rejects.csv}): UTF-8 with a byte-order mark so that spreadsheets read it,
 * streamed so that a long list needs no memory. 404 for an import the user does not see, 403 for a
 * role that may not import.
 */
public abstract class RejectsDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject LocaleBacking language;

  /** Reads the import, so that one the user does not see is refused before the body starts. */
  protected abstract void check(long id, Locale locale);

  protected abstract void write(long id, Writer out, Locale locale) throws IOException;

  protected abstract String fileName(long id);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String raw = request.getParameter("id");
    if (raw == null || !raw.matches("[0-9]{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long id = Long.parseLong(raw);
    Locale locale = language.getLocale();
    try {
      check(id, locale);
    } catch (BusinessException | EJBAccessException e) {
      response.sendError(
          e instanceof EJBAccessException
              ? HttpServletResponse.SC_FORBIDDEN
              : HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(id) + "\"");
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    out.write('\ufeff');
    write(id, out, locale);
    out.flush();
  }
}
