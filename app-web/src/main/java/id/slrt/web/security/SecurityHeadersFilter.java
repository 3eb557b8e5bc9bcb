package id.slrt.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer, screens and API alike.
 *
 * <p>Content-Security-Policy: this one forbids framing, plug-ins, foreign origins, and forms that
 * post elsewhere. Scripts: PrimeFaces renders inline scripts for its widgets, so with {@code
 * primefaces.CSP} on (web.xml) PrimeFaces sends a second policy, {@code script-src 'self'
 * 'nonce-...'}, and moves its inline handlers into nonce'd scripts. A browser enforces both
 * policies, so an inline script runs only with PrimeFaces' nonce of that response; the {@code
 * 'unsafe-inline'} below only keeps this policy from blocking those nonce'd scripts on its own.
 * Styles keep {@code 'unsafe-inline'}: PrimeFaces widgets set inline styles (positions of
 * overlays).
 *
 * <p>Answers that carry personal data (everything but static resources) are {@code no-store}: a
 * shared Puskesos computer keeps no family's page in its cache.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Content-Security-Policy", path.startsWith("/api/") ? API_POLICY : PAGE_POLICY);
    res.setHeader("Permissions-Policy", "geolocation=(), microphone=(), payment=()");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!SlrtAuthenticationMechanism.isStaticResource(path)) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(req, res);
  }
}
