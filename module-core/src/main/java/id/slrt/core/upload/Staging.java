package id.slrt.core.upload;

import id.slrt.core.tenancy.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Uploaded files kept for background work (an import), each district's in a directory of its own
 * under the server's domain, so that the request ends as soon as the file is taken.
 */
public final class Staging {
  private static final int MAX_FILE_NAME = 200;

  private Staging() {}

  /** The directory of a district's uploads of one kind ({@code dtks}, {@code kpm}...). */
  public static Path directory(Tenant tenant, String kind) throws IOException {
    String root =
        System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
    Path dir =
        "dtks".equals(kind)
            ? Path.of(root, "slrt-imports", tenant.slug())
            : Path.of(root, "slrt-imports", tenant.slug(), kind);
    Files.createDirectories(dir);
    return dir;
  }

  /**
   * Copies an upload to {@code to}, stopping one byte after {@code maxBytes} so that a huge upload
   * is not stored whole. Returns the bytes copied: more than {@code maxBytes} means too large.
   */
  public static long copy(InputStream in, Path to, long maxBytes) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(to)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > maxBytes) {
          return total;
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  /**
   * The name to show for an upload: the last part of the client's path without control characters,
   * at most 200 characters, or {@code fallback}.
   */
  public static String fileName(String raw, String fallback) {
    String name = raw == null ? "" : raw.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      name = fallback;
    }
    return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
  }
}
