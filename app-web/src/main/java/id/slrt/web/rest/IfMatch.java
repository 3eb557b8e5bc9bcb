package id.slrt.web.rest;

import id.slrt.core.error.PreconditionFailedException;
import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our ETags are {@code "<id>-<version>"}. An update must send the one it read back in {@code
 * If-Match}: none is 428, one for another version (or another record, or a weak tag) is 412.
 */
public final class IfMatch {
  private static final Pattern TAG = Pattern.compile("\"(\\d{1,18})-(\\d{1,18})\"");

  private IfMatch() {}

  public static EntityTag tag(long id, long version) {
    return new EntityTag(id + "-" + version);
  }

  /**
   * The version named by an {@code If-Match} the caller chose to send (see {@link
   * OptionalIfMatch}); null when it sent none or {@code *}.
   *
   * @throws PreconditionFailedException when it names no version of this record
   */
  public static Long versionIfSent(String header, long id) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return null;
    }
    return expectedVersion(header, id);
  }

  /**
   * The version the caller read.
   *
   * @throws PreconditionRequiredException when the header is missing or {@code *}
   * @throws PreconditionFailedException when it names no version of this record
   */
  public static long expectedVersion(String header, long id) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      throw new PreconditionRequiredException("household.versionRequired");
    }
    Matcher m = TAG.matcher(header);
    while (m.find()) {
      if (m.start() > 0 && header.charAt(m.start() - 1) == '/') {
        continue; // a weak tag (W/"...") never matches for If-Match
      }
      if (Long.parseLong(m.group(1)) == id) {
        return Long.parseLong(m.group(2));
      }
    }
    throw new PreconditionFailedException("household.staleTag");
  }
}
