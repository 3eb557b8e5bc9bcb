package id.slrt.web.web;

import id.slrt.core.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Lets a signed-in user open a page under {@code /app} only if a module declared it (a {@link
 * Screen}) and the declaration admits the user: anyone else gets the refusal page with 403 (a
 * national monitor opening a district screen, an officer opening the admin's), never a 500 from
 * deep inside the page. Pages nobody declared are 404.
 */
@WebFilter(urlPatterns = "/app/*")
public class ScreenAccessFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject Screens screens;
  @Inject CurrentUser currentUser;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getServletPath();
    if (!path.endsWith(".xhtml")) {
      chain.doFilter(req, res); // downloads under /app check their callers themselves
      return;
    }
    Optional<Screen> screen = screens.at(path);
    if (screen.isEmpty()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!Screens.mayOpen(screen.get(), currentUser.get().orElse(null))) {
      res.setStatus(HttpServletResponse.SC_FORBIDDEN);
      req.getRequestDispatcher("/refused.xhtml").forward(req, res);
      return;
    }
    chain.doFilter(req, res);
  }
}
