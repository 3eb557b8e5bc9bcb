package id.slrt.intake.domain.service;

import id.slrt.core.csv.CsvFormatException;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.text.Input;
import id.slrt.intake.api.AddressInput;
import id.slrt.intake.api.ImportService;
import id.slrt.intake.api.MemberInput;
import id.slrt.intake.domain.model.household.Address;
import id.slrt.intake.domain.model.household.FemaleHeadReason;
import id.slrt.intake.domain.model.household.MemberFacts;
import id.slrt.intake.domain.model.household.WelfareRegister;
import id.slrt.intake.domain.model.household.WelfareStatus;
import id.slrt.intake.domain.model.imports.DtksRow;
import id.slrt.intake.domain.model.imports.WelfareFacts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CSV format of a DTKS/DTSEN import (documented in the README): one row per person, the
 * household's columns repeated on each of its members' rows, columns found by their header name in
 * any order. Checks a row with the same rules as the registration screen and names every refusal by
 * its column. No database is consulted here.
 */
public final class DtksFormat {
  public static final String NO_KK = "no_kk";
  public static final String KODE_DESA = "kode_desa";
  public static final String RT = "rt";
  public static final String RW = "rw";
  public static final String ALAMAT = "alamat";
  public static final String PEKKA = "pekka";
  public static final String NIK = "nik";
  public static final String NAMA = "nama";
  public static final String JENIS_KELAMIN = "jenis_kelamin";
  public static final String TANGGAL_LAHIR = "tanggal_lahir";
  public static final String HUBUNGAN = "hubungan";
  public static final String PENDIDIKAN = "pendidikan";
  public static final String PEKERJAAN = "pekerjaan";
  public static final String DISABILITAS = "disabilitas";
  public static final String STATUS_KAWIN = "status_kawin";
  public static final String BASIS_DATA = "basis_data";
  public static final String TERDAFTAR = "terdaftar";
  public static final String DESIL = "desil";
  public static final String TANGGAL_DATA = "tanggal_data";
  public static final String SUMBER = "sumber";

  /** Why a woman heads the family (optional; a reason says the family is female-headed). */
  public static final String ALASAN_PKK = "alasan_pkk";

  /** Y when the family is in Serikat PEKKA (optional). */
  public static final String ANGGOTA_PEKKA = "anggota_pekka";

  /** Every column the format knows, in the order of the template. */
  public static final List<String> COLUMNS = ImportService.COLUMNS;

  /** The columns a file must have (their values may still be refused row by row). */
  public static final List<String> REQUIRED = ImportService.REQUIRED_COLUMNS;

  /** No field of a sound file comes near this; a longer one refuses the file. */
  public static final int MAX_FIELD_CHARS = 1000;

  public static final int MAX_FIELDS = 60;

  /** Field names of the registration rules, as columns of this format. */
  private static final Map<String, String> COLUMN_OF =
      Map.ofEntries(
          Map.entry("kk", NO_KK),
          Map.entry("address.villageCode", KODE_DESA),
          Map.entry("address.rt", RT),
          Map.entry("address.rw", RW),
          Map.entry("address.street", ALAMAT),
          Map.entry("femaleHeaded", PEKKA),
          Map.entry("nik", NIK),
          Map.entry("name", NAMA),
          Map.entry("sex", JENIS_KELAMIN),
          Map.entry("birthDate", TANGGAL_LAHIR),
          Map.entry("relationship", HUBUNGAN),
          Map.entry("education", PENDIDIKAN),
          Map.entry("occupation", PEKERJAAN),
          Map.entry("disability", DISABILITAS),
          Map.entry("maritalStatus", STATUS_KAWIN));

  private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
  private static final Pattern SPACES_OR_UNDERSCORES = Pattern.compile("[\\s_]+");
  private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

  private final HouseholdRegistration rules;

  public DtksFormat(HouseholdRegistration rules) {
    this.rules = rules;
  }

  /** Where each known column is in a file, from its header row. */
  public static final class Header {
    private final Map<String, Integer> positions;

    private Header(Map<String, Integer> positions) {
      this.positions = positions;
    }

    /**
     * The value of a column in a record; null when the file lacks the column or the row is short.
     */
    public String get(List<String> record, String column) {
      Integer at = positions.get(column);
      return at == null || at >= record.size() ? null : record.get(at);
    }

    /** The file's columns, known and unknown, by position. */
    public boolean has(String column) {
      return positions.containsKey(column);
    }
  }

  /**
   * Reads the header row: names are matched ignoring case, spaces and surrounding blanks; unknown
   * columns (such as the {@code baris} and {@code alasan} of a refused-rows file) are ignored.
   *
   * @throws CsvFormatException when a required column is missing or a column is named twice
   */
  public static Header header(List<String> names) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i).strip().toLowerCase(Locale.ROOT);
      name = SPACES_OR_HYPHENS.matcher(name).replaceAll("_");
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
   * Checks one row. Returns the row, or null with every refusal added to {@code errors}, each
   * against its column.
   */
  public DtksRow row(
      Header header, List<String> record, long line, LocalDate today, List<FieldError> errors) {
    FieldErrors found = new FieldErrors();
    Set<String> formulas = new HashSet<>();
    for (String column : COLUMNS) {
      String value = header.get(record, column);
      if (value != null && looksLikeFormula(value)) {
        found.add(column, "import.formula");
        formulas.add(column);
      }
    }
    Map<String, String> v = new HashMap<>();
    for (String column : COLUMNS) {
      v.put(column, formulas.contains(column) ? null : header.get(record, column));
    }

    NomorKk kk = null;
    if (Input.clean(v.get(NO_KK)) == null) {
      found.add(NO_KK, "kk.required");
    } else {
      kk = found.parse("kk", () -> NomorKk.parse(v.get(NO_KK), rules.regions()));
    }
    Address address =
        rules.address(
            new AddressInput(v.get(KODE_DESA), v.get(RT), v.get(RW), v.get(ALAMAT), null), found);
    Boolean femaleHeaded = yesNo(found, PEKKA, v.get(PEKKA));
    FemaleHeadReason reason =
        found.code(ALASAN_PKK, FemaleHeadReason.class, code(v.get(ALASAN_PKK)));
    Boolean pekkaMember = yesNo(found, ANGGOTA_PEKKA, v.get(ANGGOTA_PEKKA));
    LocalDate birthDate = date(found, TANGGAL_LAHIR, v.get(TANGGAL_LAHIR));
    MemberInput input =
        new MemberInput(
            v.get(NIK),
            v.get(NAMA),
            sex(v.get(JENIS_KELAMIN)),
            birthDate,
            code(v.get(HUBUNGAN)),
            code(v.get(PENDIDIKAN)),
            v.get(PEKERJAAN),
            code(v.get(DISABILITAS)),
            code(v.get(STATUS_KAWIN)),
            null,
            null,
            null);
    FieldErrors memberErrors = new FieldErrors();
    MemberFacts member;
    if (birthDate == null && Input.clean(v.get(TANGGAL_LAHIR)) != null) {
      // the date was refused above; check the rest without repeating that refusal
      member = rules.member(input, "", today, memberErrors);
      memberErrors.list().stream()
          .filter(e -> !e.field().equals("birthDate"))
          .forEach(e -> found.add(e.field(), e.messageKey(), e.arguments()));
    } else {
      member = rules.member(input, "", today, found);
    }
    WelfareFacts welfare = welfare(found, v, today);

    if (!found.isEmpty()) {
      for (FieldError e : found.list()) {
        String column = COLUMN_OF.getOrDefault(e.field(), e.field());
        // a formula is reason enough: "required" for the same column would only confuse
        if (!formulas.contains(column) || e.messageKey().equals("import.formula")) {
          errors.add(FieldError.of(column, e.messageKey(), e.arguments()));
        }
      }
      return null;
    }
    return new DtksRow(
        line,
        kk,
        address,
        Boolean.TRUE.equals(femaleHeaded) || reason != null,
        reason,
        Boolean.TRUE.equals(pekkaMember),
        member,
        welfare);
  }

  private static WelfareFacts welfare(FieldErrors errors, Map<String, String> v, LocalDate today) {
    String rawRegister = Input.clean(v.get(BASIS_DATA));
    if (rawRegister == null) {
      for (String column : List.of(TERDAFTAR, DESIL, TANGGAL_DATA)) {
        if (Input.clean(v.get(column)) != null) {
          errors.add(BASIS_DATA, "welfare.register");
          break;
        }
      }
      return null;
    }
    WelfareRegister register = WelfareRegister.parse(rawRegister).orElse(null);
    FieldErrors found = new FieldErrors();
    if (register == null && rawRegister != null) {
      found.add("register", "welfare.register");
    }
    Boolean registered = yesNo(errors, TERDAFTAR, v.get(TERDAFTAR));
    boolean registeredUnreadable = registered == null && Input.clean(v.get(TERDAFTAR)) != null;
    Integer desil = null;
    String rawDesil = Input.clean(v.get(DESIL));
    if (rawDesil != null) {
      if (ONE_OR_TWO_DIGITS.matcher(rawDesil).matches()) {
        desil = Integer.parseInt(rawDesil);
      } else {
        errors.add(DESIL, "welfare.desilRange");
      }
    }
    String source = Input.cleanName(v.get(SUMBER));
    LocalDate asOf = null;
    boolean dateUnreadable = false;
    if (Input.clean(v.get(TANGGAL_DATA)) != null) {
      asOf = date(errors, TANGGAL_DATA, v.get(TANGGAL_DATA));
      dateUnreadable = asOf == null;
    }
    // the rules are the snapshot's own; only what could not be read was refused above
    WelfareStatus.check(register, registered, desil, source, asOf, today, found);
    for (FieldError e : found.list()) {
      boolean alreadySaid =
          (e.field().equals("registered") && registeredUnreadable)
              || (e.field().equals("asOf") && dateUnreadable)
              || (e.field().equals("register") && register == null && rawRegister == null);
      if (!alreadySaid) {
        errors.add(WELFARE_COLUMN.get(e.field()), e.messageKey(), e.arguments());
      }
    }
    if (register == null || registered == null || asOf == null || !found.isEmpty()) {
      return null;
    }
    return new WelfareFacts(register, registered, desil, source, asOf);
  }

  /** The welfare snapshot's fields as this format's columns. */
  private static final Map<String, String> WELFARE_COLUMN =
      Map.of(
          "register", BASIS_DATA,
          "registered", TERDAFTAR,
          "desil", DESIL,
          "source", SUMBER,
          "asOf", TANGGAL_DATA);

  /**
   * A spreadsheet would run a cell that starts with {@code = + - @} (or a tab or carriage return
   * before one) as a formula. No value of this format starts so; such a row is refused.
   */
  static boolean looksLikeFormula(String value) {
    String s = value.stripLeading();
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || value.startsWith("\t")
        || value.startsWith("\r");
  }

  /**
   * L, LAKI-LAKI, 1 or M is a man; P, PEREMPUAN, 2 or F a woman; anything else goes on as typed.
   */
  static String sex(String raw) {
    String s = Input.clean(raw);
    if (s == null) {
      return null;
    }
    return switch (SPACES_OR_UNDERSCORES.matcher(s.toUpperCase(Locale.ROOT)).replaceAll("-")) {
      case "L", "LAKI-LAKI", "LAKI", "1", "M" -> "M";
      case "P", "PEREMPUAN", "WANITA", "2", "F" -> "F";
      default -> s;
    };
  }

  /** "Kepala Keluarga" or "kepala-keluarga" is the code KEPALA_KELUARGA. */
  static String code(String raw) {
    String s = Input.clean(raw);
    return s == null ? null : SPACES_OR_HYPHENS.matcher(s.toUpperCase(Locale.ROOT)).replaceAll("_");
  }

  /** Y, YA, 1 or TRUE; T, TIDAK, N, 0 or FALSE; empty is absent. */
  static Boolean yesNo(FieldErrors errors, String column, String raw) {
    String s = Input.clean(raw);
    if (s == null) {
      return null;
    }
    switch (s.toUpperCase(Locale.ROOT)) {
      case "Y", "YA", "1", "TRUE":
        return Boolean.TRUE;
      case "T", "TIDAK", "N", "0", "FALSE":
        return Boolean.FALSE;
      default:
        errors.add(column, "import.yesNo", s);
        return null;
    }
  }

  /** A date as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY; absent is null without a refusal. */
  static LocalDate date(FieldErrors errors, String column, String raw) {
    String s = Input.clean(raw);
    if (s == null) {
      return null;
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    errors.add(column, "import.date", s);
    return null;
  }
}
