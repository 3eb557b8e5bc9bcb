package id.slrt.web.p2tp2a.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ConflictException;
import id.slrt.referral.api.LetterDocument;
import id.slrt.referral.api.ViolenceCaseService;
import id.slrt.web.referral.web.LetterAddress;
import jakarta.ejb.EJBAccessException;
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
    LetterDocument letter;
    try {
      letter = cases.referralLetter(ref, Long.parseLong(raw), LetterAddress.verifyBase(request));
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
    response.setHeader("Content-Disposition", "inline; filename=\"" + letter.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(letter.pdf().length);
    response.getOutputStream().write(letter.pdf());
  }
}
