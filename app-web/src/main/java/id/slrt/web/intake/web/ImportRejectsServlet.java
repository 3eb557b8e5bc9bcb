package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.intake.api.ImportService;
import id.slrt.web.web.LocaleBacking;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
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
 * its own {@code .../rejects.csv}). Streams, so that a long list needs no memory.
 */
@WebServlet("/app/intake/import-rejects")
public class ImportRejectsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject ImportService imports;
  @Inject LocaleBacking language;

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
      imports.get(id, locale);
    } catch (BusinessException | EJBAccessException e) {
      response.sendError(
          e instanceof EJBAccessException
              ? HttpServletResponse.SC_FORBIDDEN
              : HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"impor-" + id + "-ditolak.csv\"");
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    out.write('\ufeff');
    imports.writeRejects(id, out, locale);
    out.flush();
  }
}
