package id.slrt.pkh.domain.model.imports;

import id.slrt.core.csv.CsvFormatException;
import id.slrt.core.error.FieldErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One row of a district's KPM list as the import reads it: the participant number, the family (by
 * its recipient's NIK, and by what registers it when intake does not know it yet), the group and
 * the components. Only the columns' text is read here; what the values must be is checked by the
 * use cases the import calls (enrolment and intake's registration), the same ones the screens call.
 *
 * @param components the component columns that are filled, in order
 */
public record KpmRow(
    long line,
    String participantNumber,
    Integer startYear,
    String kk,
    String recipientNik,
    String recipientName,
    String recipientRelationship,
    String headNik,
    String headName,
    String villageCode,
    String street,
    String rt,
    String rw,
    String groupCode,
    String facilitator,
    List<ComponentCell> components) {

  public static final String NOMOR_PESERTA = "nomor_peserta";
  public static final String TAHUN_MULAI = "tahun_mulai";
  public static final String NO_KK = "no_kk";
  public static final String NIK_PENGURUS = "nik_pengurus";
  public static final String NAMA_PENGURUS = "nama_pengurus";
  public static final String HUBUNGAN_PENGURUS = "hubungan_pengurus";
  public static final String NIK_KEPALA = "nik_kepala";
  public static final String NAMA_KEPALA = "nama_kepala";
  public static final String KODE_DESA = "kode_desa";
  public static final String ALAMAT = "alamat";
  public static final String RT = "rt";
  public static final String RW = "rw";
  public static final String KELOMPOK = "kelompok";
  public static final String PENDAMPING = "pendamping";

  /** How many component columns (with their member's NIK) a row has. */
  public static final int COMPONENT_COLUMNS = 6;

  public static final List<String> COLUMNS = columns();

  /** The columns a file must have; the others may be left out. */
  public static final List<String> REQUIRED = List.of(NOMOR_PESERTA, NIK_PENGURUS, KELOMPOK);

  /** Limits of the CSV reader: no column of the format needs more. */
  public static final int MAX_FIELD_CHARS = 500;

  public static final int MAX_FIELDS = 200;

  /** A filled component column: its number (1-6), the component's code and the member's NIK. */
  public record ComponentCell(int number, String component, String nik) {}

  public static String component(int number) {
    return "komponen_" + number;
  }

  public static String componentNik(int number) {
    return "nik_komponen_" + number;
  }

  private static List<String> columns() {
    List<String> all =
        new ArrayList<>(
            List.of(
                NOMOR_PESERTA,
                TAHUN_MULAI,
                NO_KK,
                NIK_PENGURUS,
                NAMA_PENGURUS,
                HUBUNGAN_PENGURUS,
                NIK_KEPALA,
                NAMA_KEPALA,
                KODE_DESA,
                ALAMAT,
                RT,
                RW,
                KELOMPOK,
                PENDAMPING));
    IntStream.rangeClosed(1, COMPONENT_COLUMNS)
        .forEach(
            n -> {
              all.add(component(n));
              all.add(componentNik(n));
            });
    return List.copyOf(all);
  }

  /** Where each known column is in a file, from its header row. */
  public static final class Header {
    private final Map<String, Integer> positions;

    private Header(Map<String, Integer> positions) {
      this.positions = positions;
    }

    /** The trimmed value of a column in a record; null when blank, absent or the row is short. */
    public String get(List<String> record, String column) {
      Integer at = positions.get(column);
      if (at == null || at >= record.size() || record.get(at) == null) {
        return null;
      }
      String value = record.get(at).strip();
      return value.isEmpty() ? null : value;
    }
  }

  /**
   * Reads the header row: names match ignoring case, blanks, spaces and hyphens; unknown columns
   * (such as the {@code baris} and {@code alasan} of a refused-rows file) are ignored.
   *
   * @throws CsvFormatException when a required column is missing or a column is named twice
   */
  public static Header header(List<String> names) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i).strip().toLowerCase(Locale.ROOT);
      name = name.replaceAll("[\\s-]+", "_");
      if (COLUMNS.contains(name) && positions.putIfAbsent(name, i) != null) {
        throw new CsvFormatException(1, "import.columnTwice", name);
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !positions.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new CsvFormatException(1, "import.missingColumns", String.join(", ", missing));
    }
    return new Header(positions);
  }

  /**
   * A record as a row; a start year that is not a number, or a component's NIK without its
   * component, is added to {@code errors} against its column.
   */
  public static KpmRow read(Header h, List<String> record, long line, FieldErrors errors) {
    Integer year = null;
    String rawYear = h.get(record, TAHUN_MULAI);
    if (rawYear != null) {
      if (rawYear.matches("[0-9]{4}")) {
        year = Integer.valueOf(rawYear);
      } else {
        errors.add(TAHUN_MULAI, "pkh.import.yearFormat");
      }
    }
    List<ComponentCell> components = new ArrayList<>();
    for (int n = 1; n <= COMPONENT_COLUMNS; n++) {
      String code = h.get(record, component(n));
      String nik = h.get(record, componentNik(n));
      if (code != null) {
        components.add(new ComponentCell(n, code.toUpperCase(Locale.ROOT), nik));
      } else if (nik != null) {
        errors.add(component(n), "pkh.component.required");
      }
    }
    String relationship = h.get(record, HUBUNGAN_PENGURUS);
    return new KpmRow(
        line,
        h.get(record, NOMOR_PESERTA),
        year,
        h.get(record, NO_KK),
        h.get(record, NIK_PENGURUS),
        h.get(record, NAMA_PENGURUS),
        relationship == null ? null : relationship.toUpperCase(Locale.ROOT),
        h.get(record, NIK_KEPALA),
        h.get(record, NAMA_KEPALA),
        h.get(record, KODE_DESA),
        h.get(record, ALAMAT),
        h.get(record, RT),
        h.get(record, RW),
        h.get(record, KELOMPOK),
        h.get(record, PENDAMPING),
        List.copyOf(components));
  }

  /** Whether the recipient heads the family on the card (the default when the file is silent). */
  public boolean recipientHeadsFamily() {
    return recipientRelationship == null || "KEPALA_KELUARGA".equals(recipientRelationship);
  }
}
