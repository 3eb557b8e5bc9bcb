package id.slrt.launcher;

import id.slrt.intake.domain.model.household.NameKey;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * {@code ./slrt bench search}: the family search over REST ({@code GET /households}) as officers
 * use it, at a number of clients, one kind of search at a time: names as people spell them (a full
 * name written another way, a single common first name), the beginning of a NIK or No. KK (twelve
 * digits: kecamatan and birth or issue date), a village, and deep pages of the whole list. Every
 * answer must be a 200 with its total; a name or number taken from the register must find someone.
 * The search texts are drawn from the register itself, with a fixed seed.
 */
final class SearchBench {
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  private SearchBench() {}

  /** The kinds of search, each a list of query strings (without the leading '?'). */
  static Map<String, List<String>> queries(DataSource db, long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    List<String> villages = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      long max;
      try (ResultSet rs = st.executeQuery("SELECT MAX(id) FROM person")) {
        rs.next();
        max = rs.getLong(1);
      }
      StringBuilder ids = new StringBuilder();
      for (int i = 0; i < 600; i++) {
        ids.append(i == 0 ? "" : ",").append(1 + random.nextLong(max));
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT p.name, p.nik, h.kk, h.village_code FROM person p"
                  + " JOIN household h ON h.id = p.household_id WHERE p.id IN ("
                  + ids
                  + ") ORDER BY p.id")) {
        while (rs.next()) {
          String name = rs.getString(1);
          names.add(name);
          if (rs.getString(2) != null) {
            numbers.add(rs.getString(2).substring(0, 12));
          }
          numbers.add(rs.getString(3).substring(0, 12));
          villages.add(rs.getString(4));
        }
      }
    }
    List<String> byName = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String q =
          switch (i % 3) {
            case 0 -> respelled(name, random);
            case 1 -> name.split(" ")[0]; // a first name alone: the largest answers
            default -> name;
          };
      byName.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=20");
    }
    kinds.put("name", byName);
    kinds.put("NIK or No. KK prefix", numbers.stream().map(n -> "q=" + n + "&size=20").toList());
    kinds.put("village", villages.stream().map(v -> "villageCode=" + v + "&size=20").toList());
    List<String> deep = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      deep.add("page=" + (100 + random.nextInt(400)) + "&size=20");
    }
    kinds.put("deep page (100-499)", deep);
    return kinds;
  }

  /** The name written as another register might (Djuariah, Sity, Soekarja): the same NameKey. */
  static String respelled(String name, SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split(" ")) {
      String w = word;
      String[] other = BenchData.VARIANTS.get(word);
      if (other != null) {
        w = other[random.nextInt(other.length)];
      } else if (w.contains("u") && random.nextBoolean()) {
        w = w.replaceFirst("u", "oe");
      } else if (w.contains("j")) {
        w = w.replaceFirst("j", "dj");
      } else if (w.endsWith("i")) {
        w = w.substring(0, w.length() - 1) + "y";
      }
      if (!NameKey.of(w).equals(NameKey.of(word))) {
        w = word;
      }
      out.append(out.length() == 0 ? "" : " ").append(w);
    }
    return out.toString();
  }

  static BenchLoad.Result run(
      HttpClient http,
      String api,
      String token,
      List<String> queries,
      boolean mustFind,
      int clients,
      int warmup,
      int seconds)
      throws Exception {
    return BenchLoad.run(
        clients,
        warmup,
        seconds,
        (client, serial) -> {
          String q = queries.get((int) (serial % queries.size()));
          HttpResponse<String> r =
              http.send(
                  HttpRequest.newBuilder(URI.create(api + "/households?" + q))
                      .header("Authorization", "Bearer " + token)
                      .header("Accept", "application/json")
                      .timeout(Duration.ofSeconds(60))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() != 200) {
            return false;
          }
          Matcher m = TOTAL.matcher(r.body());
          return m.find() && (!mustFind || Long.parseLong(m.group(1)) > 0);
        });
  }

  /**
   * HTTP/1.1, as agencies' systems and browsers reach Payara (through TLS in production). Java's
   * client would otherwise ask for cleartext HTTP/2 (h2c), over which Payara 6.2025.9 kept every
   * request's buffers: after 51,000 requests 2.7 million Grizzly ByteChunks and 51,331
   * Http2Requests filled the old generation (jmap -histo:live, 2026-12-03). Switching h2c off in
   * the listener is no cure: a POST that asks for the upgrade then never has its body read.
   */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }
}
