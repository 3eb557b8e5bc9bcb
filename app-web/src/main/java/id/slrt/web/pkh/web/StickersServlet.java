package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.pkh.api.AttendanceSheet;
import id.slrt.pkh.api.StickerService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A group's stickers as PDF for the KPM screen ({@code ?group=}); a group not seen is 404. */
@WebServlet("/app/pkh/stickers.pdf")
public class StickersServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject StickerService stickers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AttendanceSheet pdf;
    try {
      pdf = stickers.stickers(request.getParameter("group"));
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN); // a role without PKH
      return;
    } catch (BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND); // not seen, or not there
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
    response.setContentLength(pdf.pdf().length);
    response.getOutputStream().write(pdf.pdf());
  }
}
