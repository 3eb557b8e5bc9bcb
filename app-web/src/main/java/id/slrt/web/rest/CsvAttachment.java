package id.slrt.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file the API sends as a download: UTF-8 with a byte-order mark, so that spreadsheets read
 * it, streamed, so that a long file needs no memory.
 */
public final class CsvAttachment {
  private CsvAttachment() {}

  /** Writes the file's rows. */
  @FunctionalInterface
  public interface Body {
    void write(Writer out) throws IOException;
  }

  public static Response of(String fileName, Body body) {
    StreamingOutput out =
        stream -> {
          BufferedWriter writer =
              new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
          writer.write('\ufeff');
          body.write(writer);
          writer.flush();
        };
    return Response.ok(out, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
