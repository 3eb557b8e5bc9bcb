package id.slrt.web.referral.web;

import id.slrt.referral.api.LetterService;
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
    LetterPdfs.send(
        response, () -> letters.print(Long.parseLong(raw), LetterAddress.verifyBase(request)));
  }
}
