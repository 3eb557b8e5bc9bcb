package id.slrt.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a synthetic DTKS/DTSEN import file for {@code ./slrt bench}: families of four (father,
 * mother, two children) spread over the villages of a regency, every NIK and No. KK well formed and
 * unique, one DTSEN status per family. Deterministic: the same size gives the same file.
 */
final class BenchFile {
  /** The columns of the import format, in the order the rows below are written. */
  static final String HEADER =
      "no_kk,kode_desa,rt,rw,alamat,pekka,nik,nama,jenis_kelamin,tanggal_lahir,hubungan,"
          + "pendidikan,pekerjaan,disabilitas,status_kawin,basis_data,terdaftar,desil,"
          + "tanggal_data,sumber\n";

  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

  /** Birth dates cycle over this many days; the NIK serial counts the cycles. */
  private static final int DAYS = 6_000;

  private BenchFile() {}

  static void write(int persons, String regency, Path file) throws IOException {
    List<String[]> villages = villages(regency);
    if (villages.isEmpty()) {
      throw new IllegalArgumentException("no villages in regency " + regency);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      int person = 0;
      for (int family = 0; person < persons; family++) {
        String[] village = villages.get(family % villages.size());
        String kecamatan = village[1].replace(".", "");
        // issue dates over ~27 years and a serial: unique for up to 99 million families
        LocalDate issued = LocalDate.of(1998, 1, 1).plusDays(family % 10_000);
        String kk =
            kecamatan + issued.format(DDMMYY) + String.format("%04d", 3001 + family / 10_000);
        String household =
            kk
                + ","
                + village[0]
                + ","
                + (1 + family % 20)
                + ","
                + (1 + family % 9)
                + ",Jl. Contoh "
                + (family % 300)
                + ",T,";
        String welfare = ",DTSEN,Y," + (1 + family % 10) + ",2026-09-30,DTSEN September 2026\n";
        String[][] members = {
          {"Ahmad Suryana " + family, "L", "KEPALA_KELUARGA", "SMA", "Buruh tani", "KAWIN"},
          {"Siti Rahmawati " + family, "P", "ISTRI", "SMP", "Mengurus rumah tangga", "KAWIN"},
          {"Dewi Lestari " + family, "P", "ANAK", "SD", "Pelajar", "BELUM_KAWIN"},
          {"Budi Santoso " + family, "L", "ANAK", "SD", "Pelajar", "BELUM_KAWIN"}
        };
        for (int m = 0; m < members.length && person < persons; m++, person++) {
          // parents born 1960-1976, children 2008-2024; with the serial the NIK never repeats
          LocalDate born =
              (m < 2 ? LocalDate.of(1960, 1, 1) : LocalDate.of(2008, 1, 1)).plusDays(person % DAYS);
          String nik = kecamatan + nikDate(born, members[m][1].equals("P")) + serial(person);
          out.write(household);
          out.write(
              String.join(
                  ",",
                  nik,
                  members[m][0],
                  members[m][1],
                  born.toString(),
                  members[m][2],
                  members[m][3],
                  members[m][4],
                  "",
                  members[m][5]));
          out.write(welfare);
        }
      }
    }
  }

  /**
   * A 4-digit serial such that kecamatan, birth date and serial never repeat. Serials from 3001 on:
   * the district's register of {@code ./slrt bench data} has low ones and the registration
   * benchmark 5001 and up, so the file never meets either.
   */
  private static String serial(int person) {
    return String.format("%04d", 3001 + person / DAYS % 1999);
  }

  static String nikDate(LocalDate born, boolean woman) {
    int day = born.getDayOfMonth() + (woman ? 40 : 0);
    return String.format("%02d%02d%02d", day, born.getMonthValue(), born.getYear() % 100);
  }

  /** Code and kecamatan of every village of the regency, from the region table. */
  static List<String[]> villages(String regency) throws IOException {
    List<String[]> found = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    BenchFile.class.getResourceAsStream("/id/slrt/core/region/villages.csv")),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] cells = line.split(",", 3);
        if (cells[0].startsWith(regency + ".")) {
          found.add(new String[] {cells[0], cells[1]});
        }
      }
    }
    return found;
  }
}
