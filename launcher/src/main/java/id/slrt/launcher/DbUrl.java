package id.slrt.launcher;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MySQL/MariaDB server address as given in {@code SLRT_DB_URL} ({@code jdbc:mysql://host:3306/},
 * optionally with a path and parameters), and the URL of one schema on it with the connection
 * settings SLRT needs.
 */
record DbUrl(String base, String extraParameters) {
  private static final Pattern URL =
      Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)(?:/[^?]*)?(?:\\?(.*))?$");

  /**
   * Settings every SLRT connection uses: UTF-8 with Indonesian-friendly collation, UTC. {@code
   * dontTrackOpenResources}: EclipseLink leaves the statement of every insert with a generated key
   * open (eclipse-ee4j/eclipselink#2366, #2412); Connector/J would keep each one until the pooled
   * connection closes, which in a long import (or a long-running server) fills the heap. Measured
   * with ./slrt bench: 144,751 statements held after 130,000 rows. {@code useLocalSessionState}:
   * Connector/J answers auto-commit, isolation and read-only from what it last set instead of
   * asking the server, and skips setting what is already set (the pool and the transaction manager
   * ask and set these around every transaction); nothing in SLRT changes them by SQL. {@code
   * cachePrepStmts}: Connector/J parses the text of every statement it prepares (to find the
   * placeholders), and EclipseLink prepares each statement anew; with the cache each connection
   * parses a statement once. Measured with ./slrt bench (JFR): the parsing was a third of the
   * server's CPU in a registration. {@code openTelemetry=DISABLED}: no tracing spans per statement.
   */
  static final String REQUIRED =
      "connectionCollation=utf8mb4_unicode_ci&characterEncoding=UTF-8"
          + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
          + "&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true"
          + "&dontTrackOpenResources=true&useLocalSessionState=true"
          + "&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=8192"
          + "&openTelemetry=DISABLED";

  static DbUrl parse(String raw) {
    Matcher m = URL.matcher(raw.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "SLRT_DB_URL must look like jdbc:mysql://host:3306/ (got " + raw + ")");
    }
    return new DbUrl(m.group(1).replace("jdbc:mariadb:", "jdbc:mysql:"), m.group(2));
  }

  String schema(String schema) {
    String url = base + "/" + (schema == null ? "" : schema) + "?" + REQUIRED;
    return extraParameters == null || extraParameters.isBlank() ? url : url + "&" + extraParameters;
  }
}
