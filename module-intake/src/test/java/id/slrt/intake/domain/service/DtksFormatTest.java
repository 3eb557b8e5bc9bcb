package id.slrt.intake.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.csv.CsvFormatException;
import id.slrt.core.csv.RejectReasons;
import id.slrt.core.error.FieldError;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionDirectory;
import id.slrt.core.identity.Sex;
import id.slrt.intake.domain.model.household.MaritalStatus;
import id.slrt.intake.domain.model.household.Relationship;
import id.slrt.intake.domain.model.household.WelfareRegister;
import id.slrt.intake.domain.model.imports.DtksRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DtksFormatTest {
  private static final Set<String> REGIONS =
      Set.of("32.15", "32.15.01", "32.15.01.1001", "73.09", "73.09.01", "73.09.01.1001");
  private static final RegionDirectory DIRECTORY =
      new RegionDirectory() {
        @Override
        public boolean exists(RegionCode code) {
          return REGIONS.contains(code.value());
        }

        @Override
        public Optional<String> name(RegionCode code) {
          return Optional.of(code.value());
        }
      };
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final List<String> HEADER =
      List.of(
          " No KK ",
          "kode_desa",
          "RT",
          "rw",
          "alamat",
          "pekka",
          "nik",
          "nama",
          "Jenis Kelamin",
          "tanggal_lahir",
          "hubungan",
          "status_kawin",
          "basis_data",
          "terdaftar",
          "desil",
          "tanggal_data",
          "sumber",
          "catatan lain");

  private final DtksFormat format =
      new DtksFormat(
          new HouseholdRegistration(DIRECTORY, RegionCode.parse("32.15"), "Kabupaten Karawang"));

  private static List<String> siti(String... overrides) {
    List<String> row =
        new ArrayList<>(
            Arrays.asList(
                "3215011203150001",
                "32.15.01.1001",
                "2",
                "5",
                "Jl. Tuparev 12",
                "Y",
                "3215014507850002",
                "Siti  Juariah",
                "P",
                "05/07/1985",
                "Kepala Keluarga",
                "cerai mati",
                "DTSEN",
                "ya",
                "2",
                "2026-09-30",
                "DTSEN Sep 2026",
                "apa saja"));
    for (int i = 0; i < overrides.length; i += 2) {
      row.set(HEADER.indexOf(overrides[i]), overrides[i + 1]);
    }
    return row;
  }

  private DtksRow read(List<String> record, List<FieldError> errors) {
    return format.row(DtksFormat.header(HEADER), record, 2, TODAY, errors);
  }

  private List<String> refusedColumns(List<String> record) {
    List<FieldError> errors = new ArrayList<>();
    assertThat(read(record, errors)).isNull();
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  void readsARowWrittenTheWayOfficersWriteIt() {
    List<FieldError> errors = new ArrayList<>();
    DtksRow row = read(siti(), errors);

    assertThat(errors).isEmpty();
    assertThat(row.kk().value()).isEqualTo("3215011203150001");
    assertThat(row.address().rt()).isEqualTo("002");
    assertThat(row.femaleHeaded()).isTrue();
    assertThat(row.member().name()).isEqualTo("Siti Juariah");
    assertThat(row.member().sex()).isEqualTo(Sex.F);
    assertThat(row.member().birthDate()).isEqualTo(LocalDate.of(1985, 7, 5));
    assertThat(row.member().relationship()).isEqualTo(Relationship.KEPALA_KELUARGA);
    assertThat(row.member().maritalStatus()).isEqualTo(MaritalStatus.CERAI_MATI);
    assertThat(row.welfare().register()).isEqualTo(WelfareRegister.DTSEN);
    assertThat(row.welfare().desil()).isEqualTo(2);
    assertThat(row.welfare().asOf()).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  void aPersonWithoutNikIsReadAndAHouseholdWithoutWelfareStatusToo() {
    List<FieldError> errors = new ArrayList<>();
    DtksRow row =
        read(
            siti("nik", "", "basis_data", "", "terdaftar", "", "desil", "", "tanggal_data", ""),
            errors);
    assertThat(errors).isEmpty();
    assertThat(row.member().nik()).isNull();
    assertThat(row.welfare()).isNull();
  }

  @Test
  void refusesRowsByTheirColumns() {
    // the NIK says a woman; the row says a man
    assertThat(refusedColumns(siti("Jenis Kelamin", "L"))).containsExactly("nik");
    assertThat(refusedColumns(siti("tanggal_lahir", "1985-02-30")))
        .containsExactly("tanggal_lahir");
    assertThat(refusedColumns(siti("kode_desa", "73.09.01.1001"))).containsExactly("kode_desa");
    assertThat(refusedColumns(siti("hubungan", "TETANGGA"))).containsExactly("hubungan");
    assertThat(refusedColumns(siti("pekka", "mungkin"))).containsExactly("pekka");
    assertThat(refusedColumns(siti(" No KK ", ""))).containsExactly("no_kk");
    // desil is DTSEN's; a DTKS status has none
    assertThat(refusedColumns(siti("basis_data", "DTKS"))).containsExactly("desil");
    assertThat(refusedColumns(siti("desil", "11"))).containsExactly("desil");
    assertThat(refusedColumns(siti("tanggal_data", "2027-01-01"))).containsExactly("tanggal_data");
    assertThat(refusedColumns(siti("basis_data", ""))).containsExactly("basis_data");
  }

  @Test
  void refusesWhatASpreadsheetWouldRunAsAFormula() {
    assertThat(refusedColumns(siti("nama", "=HYPERLINK(\"http://x\",\"Siti\")")))
        .containsExactly("nama");
    assertThat(refusedColumns(siti("alamat", "@SUM(A1)"))).containsExactly("alamat");
    assertThat(refusedColumns(siti("sumber", " +62 812"))).containsExactly("sumber");
  }

  @Test
  void findsColumnsByNameAndRefusesAHeaderWithoutTheRequiredOnes() {
    DtksFormat.Header header = DtksFormat.header(HEADER);
    assertThat(header.get(siti(), DtksFormat.NO_KK)).isEqualTo("3215011203150001");
    assertThat(header.get(siti(), DtksFormat.PENDIDIKAN)).isNull();

    assertThatThrownBy(() -> DtksFormat.header(List.of("nama", "alamat")))
        .isInstanceOfSatisfying(
            CsvFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.arguments()[0].toString())
                  .contains("no_kk", "kode_desa", "nik", "jenis_kelamin", "tanggal_lahir");
            });
    assertThatThrownBy(() -> DtksFormat.header(List.of("no_kk", "NO KK", "nik")))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("import.columnTwice");
  }

  @Test
  void keepsReasonsAsKeysToShowInTheReadersLanguage() {
    List<FieldError> errors =
        List.of(
            FieldError.of("nik", "import.nikInOtherKk", "3215011203150009"),
            FieldError.of("nama", "import.formula"));
    List<FieldError> read = RejectReasons.read(RejectReasons.write(errors));
    assertThat(read).extracting(FieldError::field).containsExactly("nik", "nama");
    assertThat(read.get(0).arguments()).containsExactly("3215011203150009");
    assertThat(read.get(0).message(java.util.Locale.ENGLISH)).contains("3215011203150009");
  }

  @Test
  void readsWhyAWomanHeadsTheFamilyAndPekkaMembershipWhenTheFileSaysSo() {
    List<String> header = new ArrayList<>(HEADER);
    header.add("alasan_pkk");
    header.add("anggota_pekka");
    List<String> record = new ArrayList<>(siti("pekka", "T"));
    record.add("Cerai mati");
    record.add("Y");
    List<FieldError> errors = new ArrayList<>();

    DtksRow row = format.row(DtksFormat.header(header), record, 2, TODAY, errors);

    assertThat(errors).isEmpty();
    assertThat(row.femaleHeaded()).isTrue();
    assertThat(row.femaleHeadReason())
        .isEqualTo(id.slrt.intake.domain.model.household.FemaleHeadReason.CERAI_MATI);
    assertThat(row.pekkaMember()).isTrue();

    record.set(record.size() - 2, "janda");
    errors.clear();
    assertThat(format.row(DtksFormat.header(header), record, 2, TODAY, errors)).isNull();
    assertThat(errors).extracting(FieldError::field).containsExactly("alasan_pkk");
  }
}
