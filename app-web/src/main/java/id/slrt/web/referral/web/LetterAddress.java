package id.slrt.web.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the QR code of a referral letter leads: the public verification page. Behind a reverse
 * proxy the district sets {@code SLRT_PUBLIC_URL} (the address citizens and agencies reach SLRT at,
 * e.g. {@code https://slrt.karawangkab.go.id/slrt}); otherwise the address the printing officer
 * used.
 */
public final class LetterAddress {
  public static final String PAGE = "/cek-surat.xhtml";

  private LetterAddress() {}

  public static String verifyBase(HttpServletRequest request) {
    String configured =
        ConfigProvider.getConfig()
            .getOptionalValue("slrt.public.url", String.class)
            .map(String::strip)
            .filter(s -> s.startsWith("https://") || s.startsWith("http://"))
            .orElse(null);
    if (configured != null) {
      return configured.replaceAll("/+$", "") + PAGE;
    }
    boolean defaultPort =
        ("http".equals(request.getScheme()) && request.getServerPort() == 80)
            || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
    return request.getScheme()
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + request.getServerPort())
        + request.getContextPath()
        + PAGE;
  }
}
