package id.slrt.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The one table of {@code ./slrt bench}: each part adds its rows (figure, value, limit, ratio,
 * goal, met) to a file of the run, and {@code bench-report} prints them together as Markdown.
 */
final class BenchReport {
  private BenchReport() {}

  static Path file() {
    String dir = System.getenv("SLRT_BENCH_RESULTS");
    return Path.of(dir == null || dir.isBlank() ? "target/bench-results.tsv" : dir);
  }

  static void row(String figure, String value, String limit, String ratio, String goal, Boolean met)
      throws IOException {
    String line =
        String.join(
                "\t",
                figure,
                value,
                limit,
                ratio,
                goal,
                met == null ? "-" : met ? "met" : "NOT met")
            + "\n";
    Files.writeString(
        file(), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  static void print(String heading) throws IOException {
    System.out.println();
    System.out.println(heading);
    System.out.println();
    System.out.println("| figure | value | limit | ratio | goal | met |");
    System.out.println("|---|---|---|---|---|---|");
    if (!Files.exists(file())) {
      return;
    }
    List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
    for (String line : lines) {
      System.out.println("| " + line.replace("\t", " | ") + " |");
    }
  }
}
