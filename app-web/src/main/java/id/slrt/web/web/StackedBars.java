package id.slrt.web.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js configuration for {@code <p:chart>}: horizontal bars, one per label, each stacked from
 * the series in order; counted things only, so the axis shows whole numbers.
 */
public final class StackedBars {
  private final JsonArrayBuilder labels = Json.createArrayBuilder();
  private final List<Series> series = new ArrayList<>();

  /** A series: its legend, its colour and a value per label. */
  private record Series(String label, String color, JsonArrayBuilder values) {}

  public StackedBars(List<String> seriesLabels, List<String> colors) {
    for (int i = 0; i < seriesLabels.size(); i++) {
      series.add(new Series(seriesLabels.get(i), colors.get(i), Json.createArrayBuilder()));
    }
  }

  /** A bar: its label and one value per series, in the series' order. */
  public StackedBars bar(String label, long... values) {
    labels.add(label);
    for (int i = 0; i < series.size(); i++) {
      series.get(i).values().add(values[i]);
    }
    return this;
  }

  public String json() {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonObjectBuilder d =
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", s.values())
              .add("backgroundColor", s.color());
      datasets.add(d);
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "x",
                            Json.createObjectBuilder()
                                .add("stacked", true)
                                // things are counted whole: no 0.5 on the axis
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                        .add("y", Json.createObjectBuilder().add("stacked", true))))
        .build()
        .toString();
  }
}
