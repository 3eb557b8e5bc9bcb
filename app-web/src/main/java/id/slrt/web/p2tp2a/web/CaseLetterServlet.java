package id.slrt.web.p2tp2a.web;

import id.slrt.referral.api.ViolenceCaseService;
import id.slrt.web.referral.web.LetterAddress;
import id.slrt.web.referral.web.LetterPdfs;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The letter of a case's referral as PDF for the case page ({@code ?case=&referral=}), printed in
 * the district's name: a case the user may not read, or a referral not of that case, is 404 as a
 * case that does not exist; a letter that may not be printed yet is 409.
 */
@WebServlet("/app/p2tp2a/letter.pdf")
public class CaseLetterServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject ViolenceCaseService cases;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String ref = request.getParameter("case");
    String raw = request.getParameter("referral");
    if (ref == null || raw == null || !raw.matches("[0-9]{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    LetterPdfs.send(
        response,
        () -> cases.referralLetter(ref, Long.parseLong(raw), LetterAddress.verifyBase(request)));
  }
}
