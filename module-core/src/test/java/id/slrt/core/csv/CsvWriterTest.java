package id.slrt.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void quotesEveryCellAndDoublesQuotes() {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(List.of("Siti \"Iis\" Juariah", "Jl. Tuparev, 12")).row(List.of(""));

    assertThat(out).hasToString("\"Siti \"\"Iis\"\" Juariah\",\"Jl. Tuparev, 12\"\r\n\"\"\r\n");
  }

  @Test
  void defusesCellsASpreadsheetWouldRunAsFormulas() {
    assertThat(CsvWriter.quote("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvWriter.quote("+62812")).isEqualTo("\"'+62812\"");
    assertThat(CsvWriter.quote("-1")).isEqualTo("\"'-1\"");
    assertThat(CsvWriter.quote("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(CsvWriter.quote("3215014507850002")).isEqualTo("\"3215014507850002\"");
    assertThat(CsvWriter.quote(null)).isEqualTo("\"\"");
    assertThat(Arrays.asList(CsvWriter.quote(12))).containsExactly("\"12\"");
  }
}
