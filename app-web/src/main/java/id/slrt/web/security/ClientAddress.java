package id.slrt.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request came from, as sign-in throttling and the audit trail record it. Behind a
 * reverse proxy listed in {@code slrt.trusted.proxies} (comma-separated addresses, from {@code
 * SLRT_TRUSTED_PROXIES}), the last address that proxy added to {@code X-Forwarded-For}; from anyone
 * else the header is ignored, so a client cannot choose its own address.
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    if (trusted().contains(remote)) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        if (last.matches("[0-9a-fA-F:.]{2,45}")) {
          return last;
        }
      }
    }
    return remote;
  }

  private static List<String> trusted() {
    return ConfigProvider.getConfig()
        .getOptionalValue("slrt.trusted.proxies", String.class)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }
}
