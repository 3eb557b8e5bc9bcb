package id.slrt.web.pkh.web;

import id.slrt.pkh.api.KpmImportService;
import id.slrt.web.web.RejectsDownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The refused rows of a KPM import as a CSV download for the screen. */
@WebServlet("/app/pkh/kpm-import-rejects")
public class KpmImportRejectsServlet extends RejectsDownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject KpmImportService imports;

  @Override
  protected void check(long id, Locale locale) {
    imports.get(id, locale);
  }

  @Override
  protected void write(long id, Writer out, Locale locale) throws IOException {
    imports.writeRejects(id, out, locale);
  }

  @Override
  protected String fileName(long id) {
    return "impor-kpm-" + id + "-ditolak.csv";
  }
}
