package id.slrt.launcher;

import id.slrt.intake.domain.model.household.SearchText;
import id.slrt.intake.infrastructure.persistence.HouseholdSearchSql;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code ./slrt bench} part (e): latency (p50 and p95) against the number of clients, 1 to 64, for
 * registration and for the name search over REST, each beside its limit measured the same way: raw
 * JDBC writing the same rows, and the search's own statements (the page of ids and the count) run
 * by JDBC. Drawn as one PNG.
 */
final class BenchCurve {
  static final int[] CLIENTS = {1, 2, 4, 8, 16, 32, 64};

  private BenchCurve() {}

  /** One point of the plot as a row of the results table: p50 / p95 and throughput, both sides. */
  private static void point(
      String what, int clients, BenchLoad.Result app, BenchLoad.Result limit, String limitName)
      throws IOException {
    BenchReport.row(
        String.format("curve: %s at %d clients, p50 / p95 (ms), answers/s", what, clients),
        String.format("%.1f / %.1f, %.0f/s", app.millis(50), app.millis(95), app.perSecond()),
        String.format(
            "%.1f / %.1f, %.0f/s (%s)",
            limit.millis(50), limit.millis(95), limit.perSecond(), limitName),
        String.format("%.2f", app.perSecond() / limit.perSecond()),
        "-",
        null);
  }

  static void run(String api, String token, DataSource db, String regency, int s, Path png)
      throws Exception {
    System.setProperty("java.awt.headless", "true");
    RegisterBench register = new RegisterBench(regency, 20_000_000);
    HttpClient http = SearchBench.client();
    List<String> names = SearchBench.queries(db, Bench.SEED).get("name");
    XYSeries regRest95 = new XYSeries("REST p95");
    XYSeries regRest50 = new XYSeries("REST p50");
    XYSeries regRaw95 = new XYSeries("raw JDBC p95 (limit)");
    XYSeries regRaw50 = new XYSeries("raw JDBC p50 (limit)");
    XYSeries searchRest95 = new XYSeries("REST p95");
    XYSeries searchRest50 = new XYSeries("REST p50");
    XYSeries searchRaw95 = new XYSeries("SQL by JDBC p95 (limit)");
    XYSeries searchRaw50 = new XYSeries("SQL by JDBC p50 (limit)");
    for (int clients : CLIENTS) {
      RegisterBench.awaitSealed(db);
      BenchLoad.Result rest = register.rest(http, api, token, clients, 3, s);
      RegisterBench.awaitSealed(db);
      BenchLoad.Result raw = register.jdbc(db, clients, 3, s);
      System.out.println(rest.line("curve: register over REST"));
      System.out.println(raw.line("curve: register by raw JDBC"));
      regRest95.add(clients, rest.millis(95));
      regRest50.add(clients, rest.millis(50));
      regRaw95.add(clients, raw.millis(95));
      regRaw50.add(clients, raw.millis(50));
      BenchLoad.Result search = SearchBench.run(http, api, token, names, true, clients, 3, s);
      BenchLoad.Result sql = searchByJdbc(db, names, clients, s);
      System.out.println(search.line("curve: search by name over REST"));
      System.out.println(sql.line("curve: the same search's SQL by JDBC"));
      searchRest95.add(clients, search.millis(95));
      searchRest50.add(clients, search.millis(50));
      searchRaw95.add(clients, sql.millis(95));
      searchRaw50.add(clients, sql.millis(50));
      point("registration", clients, rest, raw, "raw JDBC");
      point("search by name", clients, search, sql, "its SQL by JDBC");
    }
    LogAxis clientsAxis = new LogAxis("clients (closed loop, no think time)");
    clientsAxis.setBase(2);
    clientsAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(clientsAxis);
    plot.add(
        subplot(
            "registration of a family of three: latency (ms)",
            regRest95,
            regRest50,
            regRaw95,
            regRaw50));
    plot.add(
        subplot(
            "search by name: latency (ms)", searchRest95, searchRest50, searchRaw95, searchRaw50));
    JFreeChart chart =
        new JFreeChart(
            "SLRT latency against concurrency (database, Payara and load on the same 2 cores)",
            JFreeChart.DEFAULT_TITLE_FONT,
            plot,
            true);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 900);
    System.out.println("curve: drawn in " + png);
  }

  private static XYPlot subplot(String title, XYSeries... series) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (XYSeries s : series) {
      data.addSeries(s);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    Color[] colors = {
      new Color(0xC0392B), new Color(0xE59866), new Color(0x1F618D), new Color(0x85C1E9)
    };
    for (int i = 0; i < series.length; i++) {
      renderer.setSeriesPaint(i, colors[i % colors.length]);
      renderer.setSeriesStroke(
          i,
          i % 2 == 0
              ? new BasicStroke(2.2f)
              : new BasicStroke(
                  1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0));
    }
    NumberAxis millis = new NumberAxis(title);
    XYPlot plot = new XYPlot(data, null, millis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  /** The search's statements (page of 20 ids, count up to 10,001) by JDBC, one connection each. */
  static BenchLoad.Result searchByJdbc(DataSource db, List<String> queries, int clients, int s)
      throws Exception {
    Connection[] connections = new Connection[clients];
    for (int i = 0; i < clients; i++) {
      connections[i] = db.getConnection();
    }
    try {
      return BenchLoad.run(
          clients,
          3,
          s,
          (client, serial) -> {
            String q = queries.get((int) (serial % queries.size()));
            String text = URLDecoder.decode(q.substring(2, q.indexOf('&')), StandardCharsets.UTF_8);
            HouseholdSearchSql sql = HouseholdSearchSql.of(null, null, SearchText.of(text));
            Connection c = connections[client];
            int found = 0;
            try (PreparedStatement page = c.prepareStatement(sql.pageSql())) {
              int i = bind(page, sql.parameters());
              page.setInt(i, 0);
              page.setInt(i + 1, 20);
              try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                  found++;
                }
              }
            }
            try (PreparedStatement count = c.prepareStatement(sql.countSql())) {
              int i = bind(count, sql.parameters());
              count.setLong(i, 10_001);
              try (ResultSet rs = count.executeQuery()) {
                rs.next();
              }
            }
            return found > 0;
          });
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
  }

  private static int bind(PreparedStatement st, List<Object> parameters) throws Exception {
    int i = 1;
    for (Object p : parameters) {
      st.setObject(i++, p);
    }
    return i;
  }
}
