package id.slrt.web.security;

import id.slrt.core.error.Messages;
import id.slrt.intake.api.ImportService;
import id.slrt.web.rest.Problem;
import id.slrt.web.rest.RequestLocale;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Limits on what a request may send, before anything reads it, signed in or not:
 *
 * <ul>
 *   <li>a body larger than its limit is answered 413 without being read: 1 MiB for JSON and forms,
 *       8 MiB for an image (a photo of a signed sheet; the use case has its own, smaller limit),
 *       the DTKS/DTSEN import's own limit for CSV and file uploads;
 *   <li>a JSON body is read (at most its limit) and looked over once before a parser sees it:
 *       nested deeper than {@value #MAX_DEPTH} levels, or cut off inside a string, object or array,
 *       it is answered 400 in time proportional to its size.
 * </ul>
 */
@WebFilter(urlPatterns = "/*")
public class RequestLimitsFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final int JSON_LIMIT = 1024 * 1024;
  static final long UPLOAD_LIMIT = ImportService.MAX_BYTES;
  static final long IMAGE_LIMIT = 8L * 1024 * 1024;
  static final int MAX_DEPTH = 64;

  /** Up to this size a refused body is read away (see {@link #drain}); beyond, never read. */
  static final long DRAIN_LIMIT = 4L * 1024 * 1024;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
    boolean upload = type.startsWith("text/csv") || type.startsWith("multipart/form-data");
    boolean image = type.startsWith("image/");
    long limit = upload ? UPLOAD_LIMIT : image ? IMAGE_LIMIT : JSON_LIMIT;
    long declared = req.getContentLengthLong();
    if (declared > limit) {
      // a body a little over the limit is read away unkept, so that a client that sends it whole
      // before reading its answer sees the 413; anything larger is never read
      if (declared <= DRAIN_LIMIT) {
        drain(req);
      }
      refuse(
          req,
          res,
          413,
          "request-too-large",
          "request.tooLarge",
          upload ? "1 GiB" : image ? "8 MiB" : "1 MiB");
      return;
    }
    if (upload || image) {
      chain.doFilter(req, res); // read as a stream by its use case, within its own limit
      return;
    }
    boolean json = type.startsWith("application/json") || type.contains("+json");
    if (!json || !hasBody(req, declared)) {
      chain.doFilter(req, res);
      return;
    }
    byte[] body = new byte[(int) Math.min(Math.max(declared, 8192), JSON_LIMIT + 1L)];
    int length = 0;
    try (InputStream in = req.getInputStream()) {
      int n;
      while ((n = in.read(body, length, body.length - length)) > 0) {
        length += n;
        if (length == body.length) {
          if (length > JSON_LIMIT) {
            break;
          }
          body = java.util.Arrays.copyOf(body, (int) Math.min(body.length * 2L, JSON_LIMIT + 1L));
        }
      }
    }
    if (length > JSON_LIMIT) {
      refuse(req, res, 413, "request-too-large", "request.tooLarge", "1 MiB");
      return;
    }
    switch (JsonShape.check(body, length, MAX_DEPTH)) {
      case TOO_DEEP -> refuse(req, res, 400, "bad-request", "request.tooDeep", MAX_DEPTH);
      case UNTERMINATED -> refuse(req, res, 400, "bad-request", "request.malformed");
      case OK -> chain.doFilter(new Buffered(req, body, length), res);
    }
  }

  /** Reads and forgets what is left of a body, up to {@link #DRAIN_LIMIT}. */
  private static void drain(HttpServletRequest req) {
    byte[] skip = new byte[64 * 1024];
    long left = DRAIN_LIMIT;
    try (InputStream in = req.getInputStream()) {
      int n;
      while (left > 0 && (n = in.read(skip)) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing more to read
    }
  }

  private static boolean hasBody(HttpServletRequest req, long declared) {
    return declared > 0 || (declared < 0 && req.getHeader("Transfer-Encoding") != null);
  }

  private static void refuse(
      HttpServletRequest req,
      HttpServletResponse res,
      int status,
      String slug,
      String key,
      Object... args)
      throws IOException {
    Locale locale = RequestLocale.of(req.getHeader("Accept-Language"));
    res.resetBuffer();
    res.setStatus(status);
    // the unread rest of the body is not worth draining: the connection closes after this answer
    res.setHeader("Connection", "close");
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.getWriter().write(JSON.toJson(Problem.of(status, slug, Messages.get(locale, key, args))));
    res.flushBuffer();
  }

  /** The request with its body already read into memory. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final int length;

    private final ServletInputStream stream;
    private BufferedReader reader;

    Buffered(HttpServletRequest request, byte[] body, int length) {
      super(request);
      this.length = length;
      ByteArrayInputStream in = new ByteArrayInputStream(body, 0, length);
      this.stream =
          new ServletInputStream() {
            @Override
            public int read() {
              return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
              return in.read(b, off, len);
            }

            @Override
            public int available() {
              return in.available();
            }

            @Override
            public boolean isFinished() {
              return in.available() == 0;
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
              throw new UnsupportedOperationException("the body is already read");
            }
          };
    }

    /**
     * Always the same stream: Jersey asks the request for its input stream again on every read (its
     * InputStreamWrapper), so a fresh stream per call would hand out the first bytes forever.
     */
    @Override
    public ServletInputStream getInputStream() {
      return stream;
    }

    @Override
    public BufferedReader getReader() {
      if (reader != null) {
        return reader;
      }
      String encoding = getCharacterEncoding();
      reader =
          new BufferedReader(
              new InputStreamReader(
                  getInputStream(),
                  encoding == null
                      ? StandardCharsets.UTF_8
                      : java.nio.charset.Charset.forName(encoding)));
      return reader;
    }

    @Override
    public int getContentLength() {
      return length;
    }

    @Override
    public long getContentLengthLong() {
      return length;
    }
  }
}
