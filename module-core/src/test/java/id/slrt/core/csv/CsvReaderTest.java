package id.slrt.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<List<String>> read(byte[] bytes) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), 20, 5)) {
      for (List<String> r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
    }
    return records;
  }

  private static List<List<String>> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    assertThat(read("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n"))
        .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("two\nlines", "", "x"));
  }

  @Test
  void skipsAByteOrderMarkAndBlankLinesAndKnowsTheLine() throws IOException {
    try (CsvReader reader =
        new CsvReader(
            new ByteArrayInputStream(
                "\ufeffh1,h2\n\n\"a\nb\",c\nd,e".getBytes(StandardCharsets.UTF_8)),
            20,
            5)) {
      assertThat(reader.next()).containsExactly("h1", "h2");
      assertThat(reader.next()).containsExactly("a\nb", "c");
      assertThat(reader.recordLine()).isEqualTo(3);
      assertThat(reader.next()).containsExactly("d", "e");
      assertThat(reader.recordLine()).isEqualTo(5);
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void decodesMultiByteCharactersIncludingOnesBeyondTheBasicPlane() throws IOException {
    assertThat(read("Ju\u00e1riah,\u0e01,\ud83d\ude00\n"))
        .containsExactly(List.of("Ju\u00e1riah", "\u0e01", "\ud83d\ude00"));
  }

  @Test
  void refusesOverlongAndSurrogateEncodings() {
    byte[] overlong = {'a', ',', (byte) 0xC0, (byte) 0xAF, '\n'};
    byte[] surrogate = {'a', ',', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};

    assertThatThrownBy(() -> read(overlong))
        .hasFieldOrPropertyWithValue("messageKey", "csv.notUtf8");
    assertThatThrownBy(() -> read(surrogate))
        .hasFieldOrPropertyWithValue("messageKey", "csv.notUtf8");
  }

  @Test
  void refusesAFileThatIsNotUtf8() {
    byte[] latin1 = "nama\nSiti Ju\u00e1riah\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> read(latin1))
        .isInstanceOfSatisfying(
            CsvFormatException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("csv.notUtf8");
              assertThat(e.line()).isEqualTo(2);
            });
  }

  @Test
  void refusesHugeFieldsTooManyFieldsAndUnclosedQuotes() {
    assertThatThrownBy(() -> read("a," + "x".repeat(21) + "\n"))
        .hasFieldOrPropertyWithValue("messageKey", "csv.fieldTooLong");
    assertThatThrownBy(() -> read("1,2,3,4,5,6\n"))
        .hasFieldOrPropertyWithValue("messageKey", "csv.tooManyFields");
    assertThatThrownBy(() -> read("a,\"open\n"))
        .hasFieldOrPropertyWithValue("messageKey", "csv.unclosedQuote");
    assertThatThrownBy(() -> read("a,b\"c\n"))
        .hasFieldOrPropertyWithValue("messageKey", "csv.strayQuote");
    assertThatThrownBy(() -> read("a,b\u0000\n"))
        .hasFieldOrPropertyWithValue("messageKey", "csv.nul");
  }

  @Test
  void readsAMillionRecordsInConstantMemory() throws IOException {
    // a stream that produces its bytes as it is read: nothing of the file is held
    InputStream endless =
        new InputStream() {
          private final byte[] row =
              "3215011203150001,32.15.01.1001,3215014507850002,Siti Juariah\n"
                  .getBytes(StandardCharsets.UTF_8);
          private long served;
          private final long total = 1_000_000L * row.length;

          @Override
          public int read() {
            return served < total ? row[(int) (served++ % row.length)] : -1;
          }
        };
    long count = 0;
    List<WeakReference<Object>> early = new ArrayList<>();
    long usedAfterFirst = 0;
    try (CsvReader reader = new CsvReader(endless, 100, 30)) {
      Object record;
      while ((record = reader.next()) != null) {
        count++;
        if (count <= 1000) {
          early.add(new WeakReference<>(record));
        }
        if (count == 10_000) {
          usedAfterFirst = usedHeap();
        }
      }
      long usedAtEnd = usedHeap();
      // the reader keeps none of the records it gave out...
      for (int attempt = 0;
          attempt < 10 && early.stream().anyMatch(r -> r.get() != null);
          attempt++) {
        System.gc();
      }
      assertThat(early).allMatch(r -> r.get() == null);
      // ...and what it holds does not grow with the file (68 MB went through it)
      assertThat(usedAtEnd - usedAfterFirst).isLessThan(16L * 1024 * 1024);
    }
    assertThat(count).isEqualTo(1_000_000L);
  }

  /** The heap in use after a collection. */
  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
