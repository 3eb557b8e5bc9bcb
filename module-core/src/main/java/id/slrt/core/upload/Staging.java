package id.slrt.core.upload;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.tenancy.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
  static long copy(InputStream in, Path to, long maxBytes) throws IOException {
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

  /** Creates the job of an accepted upload from its size, and answers the job's id. */
  @FunctionalInterface
  public interface JobFactory {
    long create(long bytes);
  }

  /** Hands an accepted upload, kept as its job's file, to the background work. */
  @FunctionalInterface
  public interface Handover {
    void submit(long jobId, Path file);
  }

  /**
   * Takes an upload for background work: copies it to the district's directory of {@code kind},
   * refuses an empty or too large one (field {@code file}) before any job exists, creates the job,
   * keeps the file under the job's id and hands it on. A file not handed on is deleted.
   *
   * @return the job's id
   * @throws id.slrt.core.error.ValidationException when the upload is empty or too large
   */
  public static long take(
      Tenant tenant,
      String kind,
      InputStream upload,
      long maxBytes,
      JobFactory job,
      Handover handover)
      throws IOException {
    Path dir = directory(tenant, kind);
    Path staged = Files.createTempFile(dir, "upload-", ".csv");
    boolean handedOver = false;
    try {
      long size = copy(upload, staged, maxBytes);
      FieldErrors errors = new FieldErrors();
      if (size == 0) {
        errors.add("file", "import.empty");
      } else if (size > maxBytes) {
        errors.add("file", "import.tooLarge", maxBytes / (1024 * 1024));
      }
      errors.throwIfAny();
      long id = job.create(size);
      Path file = dir.resolve(id + ".csv");
      Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
      handover.submit(id, file);
      handedOver = true;
      return id;
    } finally {
      if (!handedOver) {
        Files.deleteIfExists(staged);
      }
    }
  }
}
