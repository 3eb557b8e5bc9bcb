package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.pkh.api.P2k2SessionService;
import id.slrt.pkh.api.SheetPhotoImage;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The photo of a logged session's signed attendance sheet for the sessions screen ({@code
 * ?session=}): a log the user does not see, or one without a photo, is 404.
 */
@WebServlet("/app/pkh/sheet-photo")
public class SheetPhotoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject P2k2SessionService sessions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String raw = request.getParameter("session");
    if (raw == null || !raw.matches("[0-9]{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SheetPhotoImage photo;
    try {
      photo = sessions.sheetPhoto(Long.parseLong(raw));
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN); // a role without PKH
      return;
    } catch (BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND); // not seen, or not there
      return;
    }
    response.setContentType(photo.contentType());
    response.setHeader("Content-Disposition", "inline; filename=\"" + photo.fileName() + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(photo.data().length);
    response.getOutputStream().write(photo.data());
  }
}
