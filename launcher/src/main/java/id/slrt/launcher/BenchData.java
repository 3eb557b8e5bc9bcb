package id.slrt.launcher;

import id.slrt.intake.domain.model.household.NameKey;
import id.slrt.intake.infrastructure.persistence.NameTokenRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * {@code ./slrt bench data}: a district-scale register for one tenant, written by direct SQL (JDBC
 * batches, {@code rewriteBatchedStatements}) since the import is one of the things measured.
 * Deterministic from a seed: the same seed gives the same families, names and numbers. Families of
 * two to six (four on average, so 250,000 families hold exactly 1,000,000 persons) in the real
 * villages of the regency, with Sundanese and Indonesian names written the several ways they are
 * written (Muhammad, Muhamad, Mochammad; Siti, Sity; Saepudin, Syaefudin), a DTSEN welfare snapshot
 * per family and an open or handled need for one family in ten. Rows are marked {@code
 * registered_by = 'bench-data'}; the audit trail is not written (nothing was done by a user).
 */
final class BenchData {
  static final String MARK = "bench-data";
  private static final int CHUNK = 2_000;
  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

  static final String[] MEN = {
    "Asep",
    "Ujang",
    "Dede",
    "Cecep",
    "Dadang",
    "Agus",
    "Budi",
    "Ahmad",
    "Muhammad",
    "Yusuf",
    "Jajang",
    "Enjang",
    "Udin",
    "Aep",
    "Deden",
    "Iwan",
    "Rahmat",
    "Hendra",
    "Wawan",
    "Saepul",
    "Sukarya",
    "Oman",
    "Rohmat",
    "Didi",
    "Yayan",
    "Nanang",
    "Ade",
    "Ruslan",
    "Suherman",
    "Tatang",
    "Abdul",
    "Sutisna",
    "Kusnadi",
    "Jumadi",
    "Supriyadi",
    "Slamet",
    "Dodi",
    "Ridwan",
    "Firman",
    "Ilham",
    "Rizky",
    "Fajar",
    "Dimas",
    "Aditya",
    "Bayu",
    "Engkos",
    "Karta",
    "Darma",
    "Usep",
    "Odih"
  };
  static final String[] WOMEN = {
    "Siti",
    "Euis",
    "Neneng",
    "Yayah",
    "Iis",
    "Entin",
    "Nining",
    "Eti",
    "Imas",
    "Cucu",
    "Lilis",
    "Tati",
    "Wati",
    "Nurhayati",
    "Sri",
    "Dewi",
    "Ratna",
    "Rina",
    "Yanti",
    "Nani",
    "Ai",
    "Enok",
    "Onah",
    "Titin",
    "Juariah",
    "Kokom",
    "Elis",
    "Mimin",
    "Rohaeti",
    "Icih",
    "Ani",
    "Ika",
    "Nur",
    "Fitri",
    "Putri",
    "Aisyah",
    "Nabila",
    "Salsabila",
    "Aulia",
    "Nurjanah",
    "Ernawati",
    "Sumiati",
    "Rukmini",
    "Khadijah",
    "Zahra",
    "Rahmawati",
    "Yuyun",
    "Omah",
    "Warsih",
    "Tarsih"
  };
  static final String[] SECOND = {
    "Suryana",
    "Hidayat",
    "Rahmawati",
    "Nurhayati",
    "Saepudin",
    "Sopian",
    "Kurniawan",
    "Setiawan",
    "Permana",
    "Suhendar",
    "Gunawan",
    "Hermawan",
    "Mulyadi",
    "Sulaeman",
    "Juariah",
    "Jaenudin",
    "Maulana",
    "Ramdani",
    "Firmansyah",
    "Hidayah",
    "Lestari",
    "Sari",
    "Wulandari",
    "Rohmah",
    "Komariah",
    "Maesaroh",
    "Nurjanah",
    "Sukmawati",
    "Solihin",
    "Supriatna",
    "Sunarya",
    "Kusmana",
    "Junaedi",
    "Badrudin",
    "Romli",
    "Fauzi",
    "Mustofa",
    "Syarifudin",
    "Zaenal",
    "Yusup",
    "Apriyani",
    "Kartini",
    "Suganda",
    "Wiguna",
    "Saputra",
    "Pratama",
    "Nugraha",
    "Ramdhani",
    "Hasanah",
    "Aminah"
  };

  /** Other ways the same name is written, as village registers hold them. */
  static final Map<String, String[]> VARIANTS =
      Map.ofEntries(
          Map.entry("Muhammad", new String[] {"Muhamad", "Mochammad", "Mohamad", "Muhammad"}),
          Map.entry("Yusuf", new String[] {"Yusup", "Jusuf"}),
          Map.entry("Yusup", new String[] {"Yusuf", "Jusup"}),
          Map.entry("Siti", new String[] {"Sity", "Siti"}),
          Map.entry("Juariah", new String[] {"Djuariah", "Juaria"}),
          Map.entry("Saepudin", new String[] {"Syaefudin", "Saefudin", "Saepuddin"}),
          Map.entry("Nurjanah", new String[] {"Nurjannah", "Nurdjanah"}),
          Map.entry("Rohmat", new String[] {"Rochmat"}),
          Map.entry("Sukarya", new String[] {"Soekarja", "Sukarja"}),
          Map.entry("Supriyadi", new String[] {"Soepriadi", "Supriadi"}),
          Map.entry("Syarifudin", new String[] {"Sarifudin", "Sjarifuddin"}),
          Map.entry("Zaenal", new String[] {"Jaenal", "Zainal"}),
          Map.entry("Fauzi", new String[] {"Pauzi", "Fauji"}),
          Map.entry("Aisyah", new String[] {"Aisah", "Aisjah"}),
          Map.entry("Khadijah", new String[] {"Hadijah", "Chadijah"}),
          Map.entry("Rahmat", new String[] {"Rachmat", "Rahmad"}),
          Map.entry("Ahmad", new String[] {"Achmad", "Akhmad"}),
          Map.entry("Usep", new String[] {"Oesep"}),
          Map.entry("Rohaeti", new String[] {"Rochaeti"}));

  private static final String[] NEED_CATEGORIES = {
    "PERLINDUNGAN_SOSIAL", "IDENTITAS_HUKUM", "KESEHATAN", "PENDIDIKAN", "PERUMAHAN", "EKONOMI"
  };
  private static final String[] NEED_STATUSES = {"TERCATAT", "DIPROSES", "SELESAI"};

  private final SplittableRandom random;
  private final List<String[]> villages;
  private final Map<String, Integer> serials = new HashMap<>();

  private BenchData(long seed, List<String[]> villages) {
    this.random = new SplittableRandom(seed);
    this.villages = villages;
  }

  /** Loads the families unless the tenant already holds them (then says so). */
  static void load(DataSource db, String regency, int families, long seed) throws Exception {
    List<String[]> villages = BenchFile.villages(regency);
    if (villages.isEmpty()) {
      throw new IllegalArgumentException("no villages in regency " + regency);
    }
    try (Connection c = db.getConnection()) {
      long present =
          scalar(c, "SELECT COUNT(*) FROM household WHERE registered_by = '" + MARK + "'");
      if (present >= families) {
        System.out.printf("bench data: %,d families already loaded%n", present);
        return;
      }
      if (present > 0) {
        throw new IllegalStateException(
            "the tenant holds " + present + " of the benchmark's families, not " + families);
      }
      long started = System.nanoTime();
      long persons = new BenchData(seed, villages).write(db, c, families);
      System.out.printf(
          "bench data: %,d families, %,d persons, %,d welfare snapshots, %,d needs in %.0f s"
              + " (direct SQL, seed %d)%n",
          families,
          persons,
          scalar(c, "SELECT COUNT(*) FROM welfare_status WHERE recorded_by = '" + MARK + "'"),
          scalar(c, "SELECT COUNT(*) FROM need WHERE recorded_by = '" + MARK + "'"),
          (System.nanoTime() - started) / 1e9,
          seed);
      try (Statement st = c.createStatement()) {
        for (String table : List.of("household", "person", "person_name_token", "need")) {
          st.execute("ANALYZE TABLE " + table);
        }
      }
    }
  }

  private static long scalar(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long write(DataSource db, Connection c, int families) throws SQLException {
    c.setAutoCommit(false);
    long persons = 0;
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement h =
            c.prepareStatement(
                "INSERT INTO household (id, kk, kk_status, village_code, rt, rw, street,"
                    + " female_headed, female_head_reason, registered_at, registered_by, version,"
                    + " changed_at) VALUES (?, ?, 'ADA', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
        PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO person (id, household_id, nik, name, sex, birth_date, relationship,"
                    + " version, education, marital_status, dukcapil_status, status, name_key,"
                    + " heads_family) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'AKTIF', ?, ?)");
        PreparedStatement w =
            c.prepareStatement(
                "INSERT INTO welfare_status (id, household_id, register, registered, desil,"
                    + " source, as_of, recorded_at, recorded_by) VALUES (?, ?, 'DTSEN', ?, ?,"
                    + " 'DTSEN September 2026', '2026-09-30', ?, ?)");
        PreparedStatement n =
            c.prepareStatement(
                "INSERT INTO need (id, person_id, household_id, category, description, status,"
                    + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        NameTokenRows tokens = new NameTokenRows(c);
        // ids as every writer takes them (id_block), in large blocks since this writer is alone
        IdRange households = new IdRange(db, "household", 10_000);
        IdRange people = new IdRange(db, "person", 10_000);
        IdRange snapshots = new IdRange(db, "welfare_status", 10_000);
        IdRange needIds = new IdRange(db, "need", 10_000)) {
      int delta = 0;
      for (int f = 0; f < families; f++) {
        // sizes 2..6 in pairs that sum to eight: exactly four persons per family on average
        int size;
        if (f % 2 == 0) {
          delta = random.nextInt(5) - 2;
          size = 4 + delta;
        } else {
          size = 4 - delta;
        }
        long household = households.next();
        String[] village = villages.get(random.nextInt(villages.size()));
        String kecamatan = village[1].replace(".", "");
        boolean femaleHeaded = random.nextInt(100) < 15;
        LocalDate headBorn = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(45 * 365));
        LocalDate issued = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(20 * 365));
        String kk = number(kecamatan + issued.format(DDMMYY));
        String family = pick(SECOND);
        h.setLong(1, household);
        h.setString(2, kk);
        h.setString(3, village[0]);
        h.setString(4, String.format("%03d", 1 + random.nextInt(15)));
        h.setString(5, String.format("%03d", 1 + random.nextInt(9)));
        h.setString(6, "Kp. " + pick(SECOND) + " No. " + (1 + random.nextInt(120)));
        h.setBoolean(7, femaleHeaded);
        h.setString(8, femaleHeaded ? (random.nextBoolean() ? "CERAI_MATI" : "CERAI_HIDUP") : null);
        h.setTimestamp(9, now);
        h.setString(10, MARK);
        h.setTimestamp(11, now);
        h.addBatch();
        long[] members = new long[size];
        for (int m = 0; m < size; m++) {
          long person = people.next();
          members[m] = person;
          persons++;
          boolean woman;
          String relationship;
          LocalDate born;
          String marital;
          if (m == 0) {
            woman = femaleHeaded;
            relationship = "KEPALA_KELUARGA";
            born = headBorn;
            marital = femaleHeaded ? "CERAI_MATI" : "KAWIN";
          } else if (m == 1 && !femaleHeaded) {
            woman = true;
            relationship = "ISTRI";
            born = headBorn.plusDays(random.nextInt(8 * 365));
            marital = "KAWIN";
          } else if (m == 5) {
            woman = random.nextBoolean();
            relationship = "ORANG_TUA";
            born = headBorn.minusYears(22 + random.nextInt(12));
            marital = "CERAI_MATI";
          } else {
            woman = random.nextBoolean();
            relationship = "ANAK";
            born = headBorn.plusYears(20 + random.nextInt(20)).plusDays(random.nextInt(365));
            if (born.isAfter(LocalDate.of(2026, 6, 30))) {
              born = LocalDate.of(2026, 6, 30).minusDays(random.nextInt(3000));
            }
            marital = "BELUM_KAWIN";
          }
          String name =
              spelled(pick(woman ? WOMEN : MEN))
                  + " "
                  + spelled(
                      relationship.equals("ANAK") && random.nextBoolean() ? family : pick(SECOND));
          boolean noNik = random.nextInt(100) == 0 && !relationship.equals("KEPALA_KELUARGA");
          int day = born.getDayOfMonth() + (woman ? 40 : 0);
          String nik =
              noNik
                  ? null
                  : number(
                      kecamatan
                          + String.format(
                              "%02d%02d%02d", day, born.getMonthValue(), born.getYear() % 100));
          p.setLong(1, person);
          p.setLong(2, household);
          p.setString(3, nik);
          p.setString(4, name);
          p.setString(5, woman ? "F" : "M");
          p.setObject(6, born);
          p.setString(7, relationship);
          p.setString(8, born.getYear() > 2020 ? "TIDAK_BELUM_SEKOLAH" : pickEducation());
          p.setString(9, marital);
          p.setString(10, noNik ? "BELUM_PADAN" : "NIK_TERCATAT");
          String nameKey = NameKey.of(name);
          p.setString(11, nameKey);
          p.setBoolean(12, m == 0);
          p.addBatch();
          tokens.add(household, person, nameKey);
        }
        boolean registered = random.nextInt(100) < 70;
        w.setLong(1, snapshots.next());
        w.setLong(2, household);
        w.setBoolean(3, registered);
        if (registered) {
          // desil 1 to 10, the poorest more often (those are the families the register is for)
          w.setInt(4, Math.min(10, 1 + (int) Math.abs(random.nextGaussian() * 3.5)));
        } else {
          w.setNull(4, java.sql.Types.TINYINT);
        }
        w.setTimestamp(5, now);
        w.setString(6, MARK);
        w.addBatch();
        if (random.nextInt(10) == 0) {
          n.setLong(1, needIds.next());
          n.setLong(2, members[random.nextInt(size)]);
          n.setLong(3, household);
          n.setString(4, NEED_CATEGORIES[random.nextInt(NEED_CATEGORIES.length)]);
          n.setString(5, "Kebutuhan dari data uji beban");
          n.setString(6, NEED_STATUSES[random.nextInt(NEED_STATUSES.length)]);
          n.setTimestamp(7, now);
          n.setString(8, MARK);
          n.addBatch();
        }
        if ((f + 1) % CHUNK == 0 || f + 1 == families) {
          h.executeBatch();
          p.executeBatch();
          w.executeBatch();
          n.executeBatch();
          tokens.flush();
          c.commit();
          if ((f + 1) % 25_000 == 0) {
            System.out.printf("bench data: %,d of %,d families%n", f + 1, families);
          }
        }
      }
    }
    c.setAutoCommit(true);
    return persons;
  }

  private String pick(String[] names) {
    return names[random.nextInt(names.length)];
  }

  /** One name in four is written another way, when it has other ways. */
  private String spelled(String name) {
    String[] other = VARIANTS.get(name);
    return other != null && random.nextInt(4) == 0 ? other[random.nextInt(other.length)] : name;
  }

  private String pickEducation() {
    String[] levels = {"TIDAK_BELUM_SEKOLAH", "BELUM_TAMAT_SD", "SD", "SD", "SMP", "SMP", "SMA"};
    return levels[random.nextInt(levels.length)];
  }

  /** A 12-digit prefix and the next serial for it: NIKs and No. KKs never repeat. */
  private String number(String prefix) {
    int serial = serials.merge(prefix, 1, Integer::sum);
    return prefix + String.format("%04d", serial);
  }
}
