package id.slrt.launcher;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the demo families of a district for {@code ./slrt run} in demo mode, as a DTKS/DTSEN
 * import file, so that they enter the system through the import like real data: about forty
 * families in the first villages of the regency's first kecamatan, some headed by a woman (PEKKA),
 * some with an elderly parent or a member with a disability, some children without a NIK yet, and
 * DTSEN ranks over all ten desil with a few families not registered. Every name is made up; the
 * same regency gives the same file.
 */
final class DemoFile {
  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
  private static final int FAMILIES = 40;

  private static final String[] MEN = {
    "Asep Saepudin", "Dedi Kurniawan", "Ujang Suherman", "Agus Salim", "Bambang Riyadi",
    "Andi Baso", "Muhammad Yusuf", "Slamet Widodo", "Hendra Gunawan", "Rahmat Hidayat"
  };
  private static final String[] WOMEN = {
    "Siti Juariah", "Euis Kartini", "Dewi Sartika", "Nurhayati", "Sri Wahyuni",
    "Andi Nurul", "Wartini", "Sumiati", "Yuyun Yuningsih", "Rina Marlina"
  };
  private static final String[] SONS = {"Budi", "Rizky", "Fajar", "Ilham", "Dimas", "Yoga"};
  private static final String[] DAUGHTERS = {"Ani", "Putri", "Nisa", "Ayu", "Intan", "Salsa"};
  private static final String[] SECOND_NAMES = {
    "Rahmawati", "Permana", "Lestari", "Saputra", "Maulana", "Kusuma", "Hidayah"
  };
  private static final String[] WORK = {
    "Buruh tani", "Pedagang keliling", "Nelayan", "Buruh bangunan", "Ojek", "Petani penggarap"
  };

  private DemoFile() {}

  static void write(String regency, Path file) throws IOException {
    List<String[]> villages = BenchFile.villages(regency);
    if (villages.isEmpty()) {
      throw new IllegalArgumentException("no villages in regency " + regency);
    }
    String firstKecamatan = villages.get(0)[1];
    List<String[]> near = new ArrayList<>();
    for (String[] v : villages) {
      if (v[1].equals(firstKecamatan) && near.size() < 3) {
        near.add(v);
      }
    }
    String kecamatan = firstKecamatan.replace(".", "");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(BenchFile.HEADER);
      int serial = 0;
      for (int f = 0; f < FAMILIES; f++) {
        String[] village = near.get(f % near.size());
        boolean pekka = f % 4 == 1;
        String kk =
            kecamatan + LocalDate.of(2012, 3, 1).plusDays(37L * f).format(DDMMYY) + serial4(f);
        String household =
            String.join(
                ",",
                kk,
                village[0],
                String.format("%03d", 1 + f % 6),
                String.format("%03d", 1 + f % 3),
                "Kp. " + (f % 2 == 0 ? "Sukamaju" : "Cibeureum") + " No. " + (3 + f),
                pekka ? "Y" : "T");
        String welfare =
            f % 8 == 7
                ? ",DTSEN,T,,2026-09-30,Pemutakhiran DTSEN September 2026\n"
                : ",DTSEN,Y," + (1 + f % 10) + ",2026-09-30,Pemutakhiran DTSEN September 2026\n";
        List<String[]> members = new ArrayList<>();
        LocalDate parentBorn = LocalDate.of(1966, 1, 9).plusDays(150L * f);
        if (pekka) {
          members.add(
              person(
                  WOMEN[f % WOMEN.length],
                  "P",
                  parentBorn,
                  "KEPALA_KELUARGA",
                  "SD",
                  WORK[f % WORK.length],
                  f % 8 == 1 ? "CERAI_MATI" : "CERAI_HIDUP",
                  ""));
        } else {
          members.add(
              person(
                  MEN[f % MEN.length],
                  "L",
                  parentBorn,
                  "KEPALA_KELUARGA",
                  "SMP",
                  WORK[f % WORK.length],
                  "KAWIN",
                  f % 11 == 3 ? "FISIK" : ""));
          members.add(
              person(
                  WOMEN[(f + 3) % WOMEN.length],
                  "P",
                  parentBorn.plusYears(3),
                  "ISTRI",
                  "SD",
                  "Mengurus rumah tangga",
                  "KAWIN",
                  ""));
        }
        int children = 1 + f % 3;
        for (int c = 0; c < children; c++) {
          boolean girl = (f + c) % 2 == 0;
          LocalDate born = LocalDate.of(2006, 5, 2).plusDays(365L * ((f + 2L * c) % 17));
          String name =
              (girl ? DAUGHTERS[(f + c) % DAUGHTERS.length] : SONS[(f + c) % SONS.length])
                  + " "
                  + SECOND_NAMES[(f + 2 * c) % SECOND_NAMES.length];
          members.add(
              person(
                  name,
                  girl ? "P" : "L",
                  born,
                  "ANAK",
                  born.getYear() > 2019 ? "" : "SD",
                  born.getYear() > 2019 ? "" : "Pelajar",
                  "BELUM_KAWIN",
                  f % 13 == 5 && c == 0 ? "INTELEKTUAL" : ""));
        }
        if (f % 6 == 2) {
          members.add(
              person(
                  f % 12 == 2 ? "Mak Icih" : "Aki Darma",
                  f % 12 == 2 ? "P" : "L",
                  LocalDate.of(1948, 8, 17).plusDays(90L * f),
                  "ORANG_TUA",
                  "TIDAK_BELUM_SEKOLAH",
                  "",
                  "CERAI_MATI",
                  f % 12 == 2 ? "SENSORIK_NETRA" : ""));
        }
        for (int m = 0; m < members.size(); m++) {
          String[] p = members.get(m);
          LocalDate born = LocalDate.parse(p[2]);
          // the youngest child of every fifth family has no documents yet
          boolean withoutNik = f % 5 == 3 && m == members.size() - 1 && "ANAK".equals(p[3]);
          String nik =
              withoutNik
                  ? ""
                  : kecamatan + BenchFile.nikDate(born, p[1].equals("P")) + serial4(serial++);
          out.write(household);
          out.write(",");
          out.write(String.join(",", nik, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]));
          out.write(welfare);
        }
      }
    }
  }

  private static String[] person(
      String name,
      String sex,
      LocalDate born,
      String relationship,
      String education,
      String work,
      String marital,
      String disability) {
    return new String[] {
      name, sex, born.toString(), relationship, education, work, disability, marital
    };
  }

  private static String serial4(int n) {
    return String.format("%04d", 1 + n);
  }
}
