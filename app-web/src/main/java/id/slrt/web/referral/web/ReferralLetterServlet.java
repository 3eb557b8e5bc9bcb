package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ConflictException;
import id.slrt.referral.api.LetterDocument;
import id.slrt.referral.api.LetterService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The referral letter as PDF for the screens (signed-in session; the API has its own {@code
 * .../letter.pdf}): a referral the user may not see is 404, a letter that may not be printed yet
 * 409 (the screen offers the link only when it may be).
 */
@WebServlet("/app/referral/letter.pdf")
public class ReferralLetterServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject LetterService letters;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String raw = request.getParameter("id");
    if (raw == null || !raw.matches("[0-9]{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    LetterDocument letter;
    try {
      letter = letters.print(Long.parseLong(raw), LetterAddress.verifyBase(request));
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
