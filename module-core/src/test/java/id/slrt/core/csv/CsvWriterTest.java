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

  @Test
  void defusesFormulasAfterASemicolonOrCommaInsideACell() {
    // a spreadsheet set to Indonesian splits on ';' and would start a formula there
    assertThat(CsvWriter.quote("Siti;=cmd|' /C calc'!A0"))
        .isEqualTo("\"Siti;'=cmd|' /C calc'!A0\"");
    assertThat(CsvWriter.quote("Jl. Merdeka, -5")).isEqualTo("\"Jl. Merdeka, '-5\"");
    assertThat(CsvWriter.quote("a,;+b")).isEqualTo("\"a,;'+b\"");
    assertThat(CsvWriter.quote("baris 1\n@SUM(A1)")).isEqualTo("\"baris 1\n'@SUM(A1)\"");
    assertThat(CsvWriter.quote("RT 2, RW 5")).isEqualTo("\"RT 2, RW 5\"");
  }

  @Test
  void separatesBySemicolonForASpreadsheetInAnIndonesianLocale() {
    java.io.StringWriter out = new java.io.StringWriter();
    new CsvWriter(out, ';').row(java.util.List.of("no_kk", "nama; alias", "=1+1"));
    org.assertj.core.api.Assertions.assertThat(out.toString())
        .isEqualTo("\"no_kk\";\"nama; alias\";\"'=1+1\"\r\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CsvWriter(out, '|'))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
