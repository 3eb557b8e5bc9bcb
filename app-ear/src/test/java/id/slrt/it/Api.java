package id.slrt.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/** A small client of the SLRT REST API, as another agency's system would call it. */
final class Api {
  static final String BASE =
      "http://localhost:" + System.getProperty("slrt.http.port", "18080") + "/slrt/api/v1";
  static final String DEMO_PASSWORD = System.getProperty("slrt.demo.password");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 5000));

  record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
    JsonObject json() {
      return (JsonObject) parse();
    }

    JsonStructure parse() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  private Api() {}

  static Reply send(String method, String path, String token, String body) {
    return send(method, path, token, body, java.util.Map.of());
  }

  static Reply send(
      String method,
      String path,
      String token,
      String body,
      java.util.Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
            .header("Accept", "application/json");
    headers.forEach(request::header);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot call " + path, e);
    }
  }

  /** A download (a PDF): the status, the content type and the bytes as sent. */
  record Download(int status, String contentType, byte[] body) {}

  static Download download(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot call " + path, e);
    }
  }

  /** Sends raw bytes, as a file upload of the given content type. */
  static Reply upload(String path, String token, byte[] body, String contentType) {
    return upload("POST", path, token, body, contentType);
  }

  /** Sends raw bytes with the given method (PUT for a photo). */
  static Reply upload(String method, String path, String token, byte[] body, String contentType) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot call " + path, e);
    }
  }

  static String token(String username) {
    return token(username, DEMO_PASSWORD);
  }

  /** Signs a user in with the password given and returns the access token. */
  static String token(String username, String password) {
    Reply reply =
        send(
            "POST",
            "/auth/token",
            null,
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    if (reply.status() != 200) {
      throw new IllegalStateException("Login of " + username + " failed: " + reply.body());
    }
    return reply.json().getString("access_token");
  }

  /** A fresh serial, so that every test registers NIKs and KKs no other test used. */
  static String serial() {
    return String.format("%04d", 1 + SERIAL.incrementAndGet() % 9998);
  }

  /** The member of a household (as the API returns it) with the given name. */
  static JsonObject member(JsonObject household, String name) {
    return household.getJsonArray("members").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + household));
  }

  /**
   * Registers, as the given officer in Karawang, a fresh mother (born 1985) and her son (2010) with
   * NIKs and a No. KK from a new serial; the answer is the registered family.
   */
  static Reply registerFamily(String token) {
    String s = serial();
    Reply created =
        send(
            "POST",
            "/t/karawang/households",
            token,
            family("321501120315" + s, "321501450785" + s, "321501010110" + s));
    if (created.status() != 201) {
      throw new AssertionError("registration refused: " + created.body());
    }
    return created;
  }

  /** A household of a mother and her son in a Karawang Barat kelurahan. */
  static String family(String kk, String motherNik, String sonNik) {
    return """
        {"kk": "%s",
         "address": {"villageCode": "32.15.01.1001", "rt": "002", "rw": "005", "street": "Jl. Tuparev 12"},
         "femaleHeaded": true,
         "members": [
           {"nik": "%s", "name": "Siti Juariah", "sex": "F", "birthDate": "1985-07-05",
            "relationship": "KEPALA_KELUARGA"},
           {"nik": "%s", "name": "Budi Santoso", "sex": "M", "birthDate": "2010-01-01",
            "relationship": "ANAK"}]}
        """
        .formatted(kk, motherNik, sonNik);
  }
}
