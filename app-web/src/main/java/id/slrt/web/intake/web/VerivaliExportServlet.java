package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.intake.api.ProposalDetails;
import id.slrt.intake.api.VerivaliService;
import id.slrt.web.intake.VerivaliCsv;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The verivali proposals of one status as CSV for the SIKS-NG operator, from the screen. */
@WebServlet("/app/intake/verivali-export")
public class VerivaliExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject VerivaliService verivali;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<ProposalDetails> rows;
    try {
      rows = verivali.export(request.getParameter("status"), null, null);
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (BusinessException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"usulan-verivali.csv\"");
    VerivaliCsv.write(
        rows,
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)));
  }
}
