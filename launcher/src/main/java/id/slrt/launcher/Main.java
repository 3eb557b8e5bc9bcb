package id.slrt.launcher;

import id.slrt.core.audit.AuditChain;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.organisation.OrganisationSeed;
import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.security.PasswordHasher;
import id.slrt.core.security.PasswordPolicy;
import id.slrt.core.security.Role;
import id.slrt.core.security.UserDirectory;
import id.slrt.core.tenancy.Migrations;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantModule;
import id.slrt.core.tenancy.TenantProvisioner;
import id.slrt.referral.infrastructure.EscalationPass;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The Java half of {@code ./slrt}: runs the embedded database and provisions tenants. The shell
 * script is the user's interface; it calls this with the database settings in the environment
 * ({@code SLRT_DB_URL}, {@code SLRT_DB_USER}, {@code SLRT_DB_PASSWORD}).
 *
 * <pre>
 *   db-run DATA_DIR PORT           run the embedded MariaDB until stopped
 *   platform                       create and migrate slrt_platform
 *   tenant-add SLUG REGENCY        register a tenant, create and migrate its schema
 *   tenant-list                    print "slug regency schema jndi" per tenant
 *   seed SLUG                      add the missing units, agencies and services of config/seed
 *   audit-verify SLUG              seal the tenant's new audit events, then check the whole chain
 *   admin-create TENANT|--national USERNAME
 *                                  create a first ADMIN_KABUPATEN (or a national PEMANTAU) and
 *                                  print its one-time password
 *   resources-xml FILE NAME...     write Payara JDBC pools for "platform" and the named tenants
 * </pre>
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
    }
    try {
      switch (args[0]) {
        case "db-run" -> EmbeddedDatabase.run(Path.of(args[1]), Integer.parseInt(args[2]));
        case "platform" -> platform();
        case "tenant-add" -> tenantAdd(args[1], args[2]);
        case "tenant-list" -> tenantList();
        case "seed" -> seed(args[1]);
        case "audit-verify" -> auditVerify(args[1]);
        case "referral-escalate" -> escalate(args[1], args.length > 2 ? args[2] : null);
        case "bench-data",
                "bench-register",
                "bench-search",
                "bench-referrals",
                "bench-p2k2",
                "bench-curve",
                "bench-row",
                "bench-report",
                "bench-import-limit" ->
            Bench.main(args, slug -> schema(Tenant.schemaFor(slug)));
        case "admin-create" -> adminCreate(args[1], args[2]);
        case "bench-file" -> BenchFile.write(Integer.parseInt(args[1]), args[2], Path.of(args[3]));
        case "demo-file" -> DemoFile.write(args[1], Path.of(args[2]));
        case "demo-seed" -> DemoSeed.run(args[1], Path.of(args[2]), args[3], args[4]);
        case "token" -> DemoSeed.printToken(args[1], args[2]);
        case "resources-xml" ->
            resourcesXml(Path.of(args[1]), List.of(args).subList(2, args.length));
        default -> usage();
      }
    } catch (IllegalArgumentException e) {
      System.err.println("slrt: " + e.getMessage());
      System.exit(2);
    } catch (IllegalStateException e) {
      // a refusal that says what went wrong (demo-seed: the server's answer): no stack trace
      System.err.println("slrt: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void usage() {
    System.err.println("usage: db-run DIR PORT | platform | tenant-add SLUG REGENCY | tenant-list");
    System.exit(2);
  }

  private static DbUrl server() {
    return DbUrl.parse(env("SLRT_DB_URL"));
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is not set");
    }
    return value;
  }

  private static SimpleDataSource schema(String name) {
    return new SimpleDataSource(
        server().schema(name), env("SLRT_DB_USER"), System.getenv("SLRT_DB_PASSWORD"));
  }

  private static void platform() throws Exception {
    try (Connection c = schema(null).getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE DATABASE IF NOT EXISTS slrt_platform CHARACTER SET utf8mb4"
              + " COLLATE utf8mb4_unicode_ci");
    }
    Migrations.migratePlatform(schema("slrt_platform"));
  }

  private static void tenantAdd(String slug, String regency) throws Exception {
    platform();
    SimpleDataSource platform = schema("slrt_platform");
    List<TenantModule> modules = Migrations.modules(Main.class.getClassLoader());
    TenantProvisioner provisioner = new TenantProvisioner(platform);
    Tenant tenant = provisioner.register(slug, RegionCode.parse(regency), null, null);
    try (Connection c = schema(null).getConnection()) {
      TenantProvisioner.createSchema(c, tenant.schema());
    }
    provisioner.prepareSchema(tenant, schema(tenant.schema()), modules);
    int added = seedTenant(tenant.slug(), schema(tenant.schema()), modules);
    System.out.println(
        "tenant "
            + tenant.slug()
            + " ("
            + tenant.name()
            + ") ready in "
            + tenant.schema()
            + "; "
            + added
            + " units, agencies and services from config/seed");
  }

  /**
   * Seals what is not sealed yet (as the server does every few seconds), then walks the chain.
   * Exits 1 when a row was changed or removed.
   */
  private static void auditVerify(String slug) throws Exception {
    platform(); // the anchor's table comes with the platform's migrations
    SimpleDataSource tenant = schema(Tenant.schemaFor(slug));
    SimpleDataSource platform = schema("slrt_platform");
    int sealed = AuditChain.seal(tenant, platform, slug);
    AuditChain.Verdict verdict = AuditChain.verify(tenant, platform, slug);
    if (verdict.intact()) {
      System.out.println(
          "Audit trail of "
              + slug
              + ": intact, "
              + verdict.sealed()
              + " events in the chain ("
              + sealed
              + " sealed just now); last hash "
              + verdict.head()
              + ", anchored up to event "
              + verdict.anchored()
              + ".");
    } else {
      System.out.println(
          "Audit trail of "
              + slug
              + ": BROKEN after event "
              + verdict.sealed()
              + ": "
              + verdict.problem());
      System.exit(1);
    }
  }

  private static Path seedRoot() {
    String dir = System.getenv("SLRT_SEED_DIR");
    return Path.of(dir == null || dir.isBlank() ? "config/seed" : dir);
  }

  private static void seed(String slug) throws Exception {
    // the seed writes the columns of the newest migrations: a data directory from an older version
    // is migrated first (the server would do it at deployment, after the seed)
    List<TenantModule> modules = Migrations.modules(Main.class.getClassLoader());
    SimpleDataSource schema = schema(Tenant.schemaFor(slug));
    Migrations.migrateTenant(schema, modules);
    int added = seedTenant(slug, schema, modules);
    if (added > 0) {
      System.out.println(
          slug + ": " + added + " units, agencies and services added from config/seed");
    }
  }

  /** The organisation first (the services name its agencies), then every module's own rows. */
  private static int seedTenant(String slug, SimpleDataSource schema, List<TenantModule> modules)
      throws Exception {
    OrganisationSeed organisation = new OrganisationSeed(seedRoot());
    int added = organisation.apply(slug, schema);
    for (TenantModule module : modules) {
      added += module.seed(organisation.foldersFor(slug), schema);
    }
    return added;
  }

  /**
   * Creates the first district admin of a tenant, or with {@code --national} a national monitor,
   * with a one-time password that must be changed at the first sign-in. Refuses a username that
   * exists (an operator resets a password in the screens, or by deactivating and creating anew).
   */
  private static void adminCreate(String tenantOrNational, String username) throws Exception {
    boolean national = tenantOrNational.equals("--national");
    if (!username.matches("[a-z0-9][a-z0-9._-]{2,99}")) {
      throw new IllegalArgumentException(
          "A username is 3-100 lower-case letters, digits, '.', '_' or '-': " + username);
    }
    SimpleDataSource platform = schema("slrt_platform");
    if (!national) {
      try (Connection c = platform.getConnection();
          PreparedStatement ps = c.prepareStatement("SELECT name FROM tenant WHERE slug = ?")) {
        ps.setString(1, tenantOrNational);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalArgumentException(
                "There is no district " + tenantOrNational + " (./slrt tenant add adds one)");
          }
        }
      }
    }
    UserDirectory users = new UserDirectory(platform);
    String oneTime = PasswordPolicy.oneTime();
    AuthenticatedUser user =
        new AuthenticatedUser(
            username,
            national ? "Pemantau Nasional" : "Admin Kabupaten",
            java.util.Set.of(national ? Role.PEMANTAU : Role.ADMIN_KABUPATEN),
            national ? null : tenantOrNational,
            null,
            null,
            null,
            0);
    users
        .insert(
            user,
            new PasswordHasher().hash(oneTime.toCharArray()),
            false,
            true,
            "./slrt admin create")
        .orElseThrow(() -> new IllegalArgumentException("The username " + username + " is taken"));
    System.out.println(
        (national ? "National monitor " : "District admin ")
            + username
            + " created. One-time password (shown once, to be changed at the first sign-in): "
            + oneTime);
  }

  /**
   * Writes a Payara resources file (for {@code asadmin add-resources}) with one connection pool and
   * JDBC resource per name: {@code platform} (non-transactional: platform reads never join a
   * tenant's JTA transaction) or a tenant slug. The password is a Payara password alias, never the
   * password itself.
   */
  private static void resourcesXml(Path file, List<String> names) throws Exception {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE resources PUBLIC \"-//GlassFish.org//DTD GlassFish Application Server"
                + " 3.1 Resource Definitions//EN\""
                + " \"http://glassfish.org/dtds/glassfish-resources_1_5.dtd\">\n<resources>\n");
    for (String name : names) {
      boolean platform = name.equals("platform");
      String schema = platform ? "slrt_platform" : Tenant.schemaFor(name);
      String pool = "slrt-" + name;
      xml.append("  <jdbc-connection-pool name=\"")
          .append(pool)
          .append("\" res-type=\"javax.sql.DataSource\"")
          .append(" datasource-classname=\"com.mysql.cj.jdbc.MysqlDataSource\"")
          // a tenant's pool outnumbers Payara's 16 request threads: a request that holds its
          // connection may need a second one for a block of ids (IdBlockAllocator)
          .append(" steady-pool-size=\"1\" max-pool-size=\"")
          .append(platform ? 10 : 20)
          .append("\" pool-resize-quantity=\"2\" idle-timeout-in-seconds=\"300\"")
          // a connection is checked when it has been idle a while, not at every request (each check
          // is a round trip: measured with ./slrt bench, two of a registration's twenty statements)
          .append(
              " is-connection-validation-required=\"true\" connection-validation-method=\"auto-commit\""
                  + " validate-atmost-once-period-in-seconds=\"30\"")
          .append(" fail-all-connections=\"true\" statement-leak-timeout-in-seconds=\"0\"")
          .append(platform ? " non-transactional-connections=\"true\"" : "")
          .append(">\n")
          .append("    <property name=\"URL\" value=\"")
          .append(escape(server().schema(schema)))
          .append("\"/>\n")
          .append("    <property name=\"user\" value=\"")
          .append(escape(env("SLRT_DB_USER")))
          .append("\"/>\n")
          .append("    <property name=\"password\" value=\"${ALIAS=slrt-db-password}\"/>\n")
          .append("  </jdbc-connection-pool>\n")
          .append("  <jdbc-resource pool-name=\"")
          .append(pool)
          .append("\" jndi-name=\"")
          .append(platform ? "jdbc/slrt/platform" : Tenant.jndiNameFor(name))
          .append("\"/>\n");
    }
    xml.append("</resources>\n");
    java.nio.file.Files.writeString(file, xml.toString());
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  /**
   * One escalation pass over a district, as the server's job runs it every quarter of an hour; with
   * a date, the pass runs as if that day had come (a test, or catching up after a stop). While
   * another pass holds the district's lease this one waits for it, up to 20 seconds, then stops
   * without doing anything.
   */
  private static void escalate(String slug, String asOf) throws Exception {
    ZoneId zone;
    try (Connection c = schema("slrt_platform").getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT time_zone FROM tenant WHERE slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no district " + slug + " (./slrt tenant add)");
        }
        zone = ZoneId.of(rs.getString(1));
      }
    }
    LocalDate today;
    try {
      today = asOf == null ? LocalDate.now(zone) : LocalDate.parse(asOf);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + asOf);
    }
    EscalationPass pass = new EscalationPass(schema(Tenant.schemaFor(slug)));
    EscalationPass.Result result;
    try {
      result = pass.run(today, java.time.Instant.now(), EscalationPass.SYSTEM_USER);
      // the server's own pass takes milliseconds: wait for it a little before giving up
      for (int tries = 0; !result.ran() && tries < 40; tries++) {
        Thread.sleep(500);
        result = pass.run(today, java.time.Instant.now(), EscalationPass.SYSTEM_USER);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(
          "the escalation pass of "
              + slug
              + " failed ("
              + e.getMessage()
              + "); a district from an older version is migrated by ./slrt run first");
    }
    if (!result.ran()) {
      System.out.println(slug + ": another escalation pass is running; nothing done");
      return;
    }
    StringBuilder line = new StringBuilder(slug + " on " + today + ": raised");
    result.raised().forEach((level, n) -> line.append(' ').append(level).append('=').append(n));
    System.out.println(line);
  }

  private static void tenantList() throws Exception {
    try (Connection c = schema("slrt_platform").getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT slug, regency_code, schema_name, jndi_name FROM tenant ORDER BY slug");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        System.out.println(
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getString(3)
                + " "
                + rs.getString(4));
      }
    }
  }
}
