package id.slrt.launcher;

import id.slrt.core.persistence.IdBlocks;
import id.slrt.intake.domain.model.household.NameKey;
import id.slrt.intake.infrastructure.persistence.NameTokenRows;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * {@code ./slrt bench register}: families of three registered over REST, as Puskesos officers do
 * ({@code POST /households}: sign-in check, access policy, validation, the write, the name index,
 * the audit event), beside the machine's limit for the same rows: raw JDBC writing the household,
 * its three persons, their name-index rows and one audit event, one transaction per family, at the
 * same number of clients against the same database.
 */
final class RegisterBench {
  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

  /** Family numbers of this run; no two requests, REST or JDBC, send the same KK or NIK. */
  private final AtomicLong next = new AtomicLong();

  private final List<String[]> villages;

  /**
   * How far this run's family numbers are moved: 0, or {@code SLRT_BENCH_FAMILY_OFFSET} when a part
   * is run again by hand against a server kept with {@code SLRT_BENCH_KEEP=1} (whose first run
   * already registered the families from 0).
   */
  private static long offset() {
    return Bench.longFromEnv("SLRT_BENCH_FAMILY_OFFSET", 0);
  }

  /**
   * @param firstFamily the first family number of this benchmark: each part that registers starts
   *     where no other part's families are (numbers up to 45 million stay unique), moved by {@link
   *     #offset()}
   */
  RegisterBench(String regency, long firstFamily) throws Exception {
    this.villages = BenchFile.villages(regency);
    this.next.set(firstFamily + offset());
  }

  /** One family of three: its KK, village and members (NIK, name, sex, birth date, relation). */
  record Family(String kk, String village, List<String[]> members) {
    String json() {
      StringBuilder m = new StringBuilder();
      for (String[] p : members) {
        m.append(m.length() == 0 ? "" : ",")
            .append(
                """
                {"nik": "%s", "name": "%s", "sex": "%s", "birthDate": "%s", "relationship": "%s"}"""
                    .formatted((Object[]) p));
      }
      return """
          {"kk": "%s", "address": {"villageCode": "%s", "rt": "001", "rw": "002"}, "members": [%s]}"""
          .formatted(kk, village, m);
    }
  }

  /**
   * A father, a mother and a child. Serials 5001-9999 of the KK and NIK are left to this benchmark
   * (the district's data has low serials), so its numbers never meet the register's.
   */
  Family family() {
    long n = next.getAndIncrement();
    String[] village = villages.get((int) (n % villages.size()));
    String kecamatan = village[1].replace(".", "");
    int days = (int) (n % 9_000);
    String serial = String.format("%04d", 5001 + n / 9_000 % 4999);
    LocalDate issued = LocalDate.of(2000, 1, 1).plusDays(days);
    LocalDate father = LocalDate.of(1970, 1, 1).plusDays(days);
    LocalDate mother = father.plusDays(400);
    LocalDate child = LocalDate.of(2000, 1, 1).plusDays(days);
    String surname = BenchData.SECOND[(int) (n % BenchData.SECOND.length)];
    List<String[]> members = new ArrayList<>();
    members.add(
        new String[] {
          kecamatan + BenchFile.nikDate(father, false) + serial,
          BenchData.MEN[(int) (n % BenchData.MEN.length)] + " " + surname,
          "M",
          father.toString(),
          "KEPALA_KELUARGA"
        });
    members.add(
        new String[] {
          kecamatan + BenchFile.nikDate(mother, true) + serial,
          BenchData.WOMEN[(int) (n / 7 % BenchData.WOMEN.length)]
              + " "
              + BenchData.SECOND[(int) (n / 3 % BenchData.SECOND.length)],
          "F",
          mother.toString(),
          "ISTRI"
        });
    members.add(
        new String[] {
          kecamatan + BenchFile.nikDate(child, false) + serial,
          BenchData.MEN[(int) (n / 5 % BenchData.MEN.length)] + " " + surname,
          "M",
          child.toString(),
          "ANAK"
        });
    return new Family(kecamatan + issued.format(DDMMYY) + serial, village[0], members);
  }

  /**
   * Waits until the server has sealed every audit event of the district ({@code AuditSealer}), so
   * that a part starts on a quiet server: the raw JDBC part writes an audit event per family as the
   * server does, and the server seals those afterwards. Without the wait the next part paid for
   * sealing the previous part's events (measured on one kept server: 416 families/s at 32 clients
   * right after a raw part of some 30,000 families, 534/s after waiting for the sealer).
   */
  static void awaitSealed(DataSource db) throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    try (Connection c = db.getConnection();
        PreparedStatement unsealed =
            c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL")) {
      while (System.nanoTime() < until) {
        try (ResultSet rs = unsealed.executeQuery()) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return;
          }
        }
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("the server has not sealed the audit trail within 5 minutes");
  }

  BenchLoad.Result rest(HttpClient http, String api, String token, int clients, int warmup, int s)
      throws Exception {
    return BenchLoad.run(
        clients,
        warmup,
        s,
        (client, serial) -> {
          HttpResponse<Void> r =
              http.send(
                  HttpRequest.newBuilder(URI.create(api + "/households"))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .timeout(Duration.ofSeconds(60))
                      .POST(HttpRequest.BodyPublishers.ofString(family().json()))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
          return r.statusCode() == 201;
        });
  }

  /**
   * The same rows by raw JDBC, one transaction per family, one connection per client, ids taken
   * from id_block in blocks of {@link IdBlocks#SIZE} as the server takes them, the members in one
   * batch.
   */
  BenchLoad.Result jdbc(DataSource db, int clients, int warmup, int s) throws Exception {
    Connection[] connections = new Connection[clients];
    for (int i = 0; i < clients; i++) {
      connections[i] = db.getConnection();
      connections[i].setAutoCommit(false);
    }
    try (IdRange households = new IdRange(db, "household", IdBlocks.SIZE);
        IdRange persons = new IdRange(db, "person", IdBlocks.SIZE)) {
      return BenchLoad.run(
          clients, warmup, s, (client, serial) -> write(connections[client], households, persons));
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
  }

  private boolean write(Connection c, IdRange households, IdRange persons) throws Exception {
    Family f = family();
    Timestamp now = Timestamp.from(Instant.now());
    try {
      long household = households.next();
      try (PreparedStatement h =
          c.prepareStatement(
              "INSERT INTO household (id, kk, kk_status, village_code, rt, rw, female_headed,"
                  + " registered_at, registered_by, version, changed_at)"
                  + " VALUES (?, ?, 'ADA', ?, '001', '002', FALSE, ?, 'bench', 1, ?)")) {
        h.setLong(1, household);
        h.setString(2, f.kk());
        h.setString(3, f.village());
        h.setTimestamp(4, now);
        h.setTimestamp(5, now);
        h.executeUpdate();
      }
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO person (id, household_id, nik, name, sex, birth_date, relationship,"
                  + " version, dukcapil_status, status, name_key, heads_family)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, 1, 'NIK_TERCATAT', 'AKTIF', ?, ?)")) {
        for (String[] m : f.members()) {
          long id = persons.next();
          ids.add(id);
          p.setLong(1, id);
          p.setLong(2, household);
          p.setString(3, m[0]);
          p.setString(4, m[1]);
          p.setString(5, m[2]);
          p.setObject(6, LocalDate.parse(m[3]));
          p.setString(7, m[4]);
          p.setString(8, NameKey.of(m[1]));
          p.setBoolean(9, m[4].equals("KEPALA_KELUARGA"));
          p.addBatch();
        }
        p.executeBatch();
      }
      try (NameTokenRows tokens = new NameTokenRows(c)) {
        for (int i = 0; i < ids.size(); i++) {
          tokens.add(household, ids.get(i), NameKey.of(f.members().get(i)[1]));
        }
        tokens.flush();
      }
      try (PreparedStatement a =
          c.prepareStatement(
              "INSERT INTO audit_event (at, username, action, target, address, sealed_content)"
                  + " VALUES (?, 'bench', 'household.register', ?, '127.0.0.1', FALSE)")) {
        a.setTimestamp(1, now);
        a.setString(2, "household/" + household);
        a.executeUpdate();
      }
      c.commit();
      return true;
    } catch (Exception e) {
      c.rollback();
      throw e;
    }
  }
}
