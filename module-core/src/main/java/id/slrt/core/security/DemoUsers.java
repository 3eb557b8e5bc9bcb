package id.slrt.core.security;

import id.slrt.core.region.Regions;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantActivated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Demo mode: in every tenant T the users {@code admin.T}, {@code puskesos.T}, {@code klik.T},
 * {@code p2tp2a.T}, {@code konselor.T} (a second case manager), {@code pendamping.T}, {@code
 * pendamping2.T} (a second facilitator), {@code korkab.T} (district PKH coordinator), {@code
 * korcam.T} (PKH coordinator of the district's first kecamatan, where the demo families live),
 * {@code disdukcapil.T} and {@code dinkes.T}, and one national {@code pemantau}, all with the
 * password given in {@code SLRT_DEMO_PASSWORD}, marked as demo accounts. Switched on by {@code
 * SLRT_DEMO_ENABLED=true} (the launcher does so on the embedded database); a server started without
 * it disables every demo account. The password itself is never logged.
 */
@ApplicationScoped
public class DemoUsers {
  private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

  /**
   * A demo account of every district.
   *
   * @param inKecamatan placed in the district's first kecamatan (where the demo families live)
   */
  private record Template(
      String prefix, Role role, String provider, String title, boolean inKecamatan) {
    Template(String prefix, Role role, String provider, String title) {
      this(prefix, role, provider, title, false);
    }
  }

  private static final List<Template> PER_TENANT =
      List.of(
          new Template("admin", Role.ADMIN_KABUPATEN, null, "Admin Dinsos"),
          new Template("puskesos", Role.PETUGAS_PUSKESOS, null, "Petugas Puskesos"),
          new Template("klik", Role.KADER_KLIK, null, "Kader KLIK"),
          new Template("p2tp2a", Role.MANAJER_KASUS_P2TP2A, null, "Manajer Kasus P2TP2A"),
          new Template("konselor", Role.MANAJER_KASUS_P2TP2A, null, "Konselor P2TP2A"),
          new Template("pendamping", Role.PENDAMPING_PKH, null, "Pendamping PKH"),
          new Template("pendamping2", Role.PENDAMPING_PKH, null, "Pendamping PKH (2)"),
          new Template("korkab", Role.KOORDINATOR_PKH, null, "Koordinator PKH"),
          new Template("korcam", Role.KOORDINATOR_PKH, null, "Koordinator PKH Kecamatan", true),
          new Template("disdukcapil", Role.MITRA_DINAS, "DISDUKCAPIL", "Disdukcapil"),
          new Template("dinkes", Role.MITRA_DINAS, "DINKES", "Dinas Kesehatan"));

  @Inject UserDirectory users;
  @Inject PasswordHasher hasher;
  @Inject Regions regions;

  /**
   * The demo password's hash in this run and the stored hashes already checked against it. A PBKDF2
   * check costs about 0.2 s on purpose; done for each of the demo accounts of each district at
   * every start it made start-up grow by 1.5 s per district. The demo password is public (it is
   * printed at start-up), so every demo account takes the same hash, and each distinct stored hash
   * is checked once per run.
   */
  private char[] hashedPassword;

  private String demoHash;
  private final Map<String, Boolean> checked = new HashMap<>();

  private Optional<char[]> password() {
    Config config = ConfigProvider.getConfig();
    boolean enabled = config.getOptionalValue("slrt.demo.enabled", Boolean.class).orElse(false);
    if (!enabled) {
      return Optional.empty();
    }
    return config
        .getOptionalValue("slrt.demo.password", String.class)
        .filter(p -> !p.isBlank())
        .map(String::toCharArray);
  }

  public boolean enabled() {
    return password().isPresent();
  }

  void onTenantActivated(@Observes TenantActivated event) {
    password().ifPresent(p -> ensureTenantUsers(event.tenant(), p));
  }

  /**
   * At start-up: in demo mode creates the national monitor; without demo mode, disables every demo
   * account, so that a server taken out of demo mode keeps no account with a known password.
   */
  public void atStartUp() {
    Optional<char[]> password = password();
    if (password.isPresent()) {
      ensure(
          new AuthenticatedUser(
              "pemantau", "Pemantau Nasional", Set.of(Role.PEMANTAU), null, null, null, null, 0),
          password.get());
    } else {
      int n = users.deactivateDemoAccounts();
      if (n > 0) {
        LOG.warning(() -> "Demo mode is off: " + n + " demo accounts disabled");
      }
    }
  }

  private void ensureTenantUsers(Tenant tenant, char[] password) {
    String firstKecamatan =
        regions.children(tenant.regency()).stream()
            .map(r -> r.code().value())
            .sorted()
            .findFirst()
            .orElse(null);
    for (Template t : PER_TENANT) {
      ensure(
          new AuthenticatedUser(
              t.prefix() + "." + tenant.slug(),
              t.title() + " " + tenant.name(),
              Set.of(t.role()),
              tenant.slug(),
              t.provider(),
              null,
              t.inKecamatan() ? firstKecamatan : null,
              0),
          password);
    }
    LOG.info(() -> "Demo users are ready in tenant " + tenant.slug());
  }

  private void ensure(AuthenticatedUser user, char[] password) {
    Optional<UserDirectory.Credentials> existing = users.credentials(user.username());
    if (existing.isPresent()) {
      UserAccount a = existing.get().account();
      if (!a.demo()) {
        // a real account that happens to have a demo name is never touched
        LOG.warning(() -> "Account " + user.username() + " is not a demo account: left alone");
        return;
      }
      if (a.active()
          && !a.mustChangePassword()
          && a.roles().equals(user.roles())
          && java.util.Objects.equals(a.tenantSlug(), user.tenantSlug())
          && java.util.Objects.equals(a.providerCode(), user.providerCode())
          && a.displayName().equals(user.displayName())
          && isDemoPassword(password, existing.get().passwordHash())) {
        return;
      }
    }
    users.upsertDemo(user, demoHash(password));
  }

  private synchronized boolean isDemoPassword(char[] password, String storedHash) {
    forget(password);
    return checked.computeIfAbsent(storedHash, h -> hasher.verify(password, h));
  }

  private synchronized String demoHash(char[] password) {
    forget(password);
    if (demoHash == null) {
      demoHash = hasher.hash(password);
      checked.put(demoHash, true);
    }
    return demoHash;
  }

  /** Drops what was checked against another password (the configuration changed). */
  private void forget(char[] password) {
    if (!Arrays.equals(password, hashedPassword)) {
      hashedPassword = password.clone();
      demoHash = null;
      checked.clear();
    }
  }
}
