package id.slrt.pkh.domain.model.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.csv.CsvFormatException;
import id.slrt.core.error.FieldErrors;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpmRowTest {

  @Test
  void theHeaderIsMatchedIgnoringCaseBlanksAndHyphensAndNeedsTheRequiredColumns() {
    KpmRow.Header h =
        KpmRow.header(List.of(" Nomor Peserta", "NIK-Pengurus", "kelompok", "baris", "alasan"));
    assertThat(h.get(List.of("350304000200082", " 3503015204850001 ", "MAWAR"), "nik_pengurus"))
        .isEqualTo("3503015204850001");
    assertThat(h.get(List.of("350304000200082"), "kelompok")).isNull();
    assertThat(h.get(List.of("350304000200082", "x", "MAWAR"), "no_kk")).isNull();

    assertThatThrownBy(() -> KpmRow.header(List.of("nomor_peserta", "kelompok")))
        .isInstanceOfSatisfying(
            CsvFormatException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("import.missingColumns");
              assertThat(e.arguments()).containsExactly("nik_pengurus");
            });
    assertThatThrownBy(
            () -> KpmRow.header(List.of("nomor_peserta", "nik_pengurus", "kelompok", "KELOMPOK")))
        .isInstanceOfSatisfying(
            CsvFormatException.class,
            e -> assertThat(e.messageKey()).isEqualTo("import.columnTwice"));
  }

  @Test
  void aRowReadsItsColumnsAndItsFilledComponentsInOrder() {
    KpmRow.Header h = KpmRow.header(KpmRow.COLUMNS);
    String[] cells = new String[KpmRow.COLUMNS.size()];
    java.util.Arrays.fill(cells, "");
    set(cells, "nomor_peserta", "350304000200082");
    set(cells, "tahun_mulai", "2019");
    set(cells, "nik_pengurus", "3503015204850001");
    set(cells, "hubungan_pengurus", "istri");
    set(cells, "kelompok", "MAWAR");
    set(cells, "komponen_1", "anak_sd");
    set(cells, "nik_komponen_1", "3503011203150001");
    set(cells, "komponen_3", "LANSIA");
    FieldErrors errors = new FieldErrors();
    KpmRow row = KpmRow.read(h, List.of(cells), 7, errors);

    assertThat(errors.isEmpty()).isTrue();
    assertThat(row.line()).isEqualTo(7);
    assertThat(row.startYear()).isEqualTo(2019);
    assertThat(row.recipientRelationship()).isEqualTo("ISTRI");
    assertThat(row.recipientHeadsFamily()).isFalse();
    assertThat(row.kk()).isNull();
    assertThat(row.components())
        .containsExactly(
            new KpmRow.ComponentCell(1, "ANAK_SD", "3503011203150001"),
            new KpmRow.ComponentCell(3, "LANSIA", null));
  }

  @Test
  void aYearThatIsNotFourDigitsOrAMemberWithoutComponentIsRefusedAgainstItsColumn() {
    KpmRow.Header h =
        KpmRow.header(
            List.of("nomor_peserta", "nik_pengurus", "kelompok", "tahun_mulai", "nik_komponen_2"));
    FieldErrors errors = new FieldErrors();
    KpmRow row = KpmRow.read(h, List.of("1", "2", "MAWAR", "'19", "3503011203150001"), 2, errors);
    assertThat(row.recipientHeadsFamily()).isTrue();
    assertThat(errors.list())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly("tahun_mulai:pkh.import.yearFormat", "komponen_2:pkh.component.required");
  }

  @Test
  void aJobCountsItsRowsAndShowsTheShareDone() {
    KpmImport job = new KpmImport("kpm.csv", Instant.EPOCH, "admin.T");
    assertThat(job.status().isRunning()).isTrue();
    job.checking("nomor_peserta,nik_pengurus,kelompok", Instant.EPOCH);
    job.importing(200);
    job.count(new KpmImport.RowCounts(50, 2, 40, 7, 3));
    assertThat(job.percent()).isEqualTo(25);
    job.count(new KpmImport.RowCounts(150, 0, 150, 0, 0));
    assertThat(job.rowsRejected()).isEqualTo(2);
    assertThat(job.kpmAdded()).isEqualTo(190);
    assertThat(job.familiesRegistered()).isEqualTo(3);
    job.done(Instant.EPOCH);
    assertThat(job.percent()).isEqualTo(100);
    assertThat(job.status().isRunning()).isFalse();
  }

  private static void set(String[] cells, String column, String value) {
    cells[KpmRow.COLUMNS.indexOf(column)] = value;
  }
}
