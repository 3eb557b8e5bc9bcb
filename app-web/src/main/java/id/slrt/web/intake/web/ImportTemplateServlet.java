package id.slrt.web.intake.web;

import id.slrt.intake.api.ImportService;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An empty DTKS/DTSEN import file to fill in a spreadsheet: the header row only, separated by
 * semicolons as a spreadsheet set to Indonesian expects, with a byte-order mark so that it opens as
 * UTF-8. The import reads commas and semicolons alike.
 */
@WebServlet("/app/intake/import-template")
public class ImportTemplateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body =
        ("\ufeff" + String.join(";", ImportService.COLUMNS) + "\r\n")
            .getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"templat-impor-dtks.csv\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
