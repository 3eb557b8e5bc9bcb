package id.slrt.referral.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.organisation.SeedCsv;
import id.slrt.intake.domain.model.household.Education;
import id.slrt.referral.domain.model.service.Eligibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The service catalogue's seed files are what ServiceSeed and the districts expect. */
class ServiceSeedFilesTest {
  private static final Path SEED = Path.of("..", "config", "seed");

  private static Set<String> providers(Path folder) throws Exception {
    return SeedCsv.read(folder.resolve("providers.csv")).stream()
        .map(r -> r.get("code"))
        .collect(Collectors.toSet());
  }

  @Test
  void everyServiceNamesAnAgencyItsDistrictHasAndConditionsTheCatalogueAccepts() throws Exception {
    Set<String> national = providers(SEED.resolve("national"));
    try (var folders = Files.list(SEED)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        Set<String> agencies = new HashSet<>(national);
        agencies.addAll(providers(folder));
        Set<String> codes = new HashSet<>();
        for (Map<String, String> r : SeedCsv.read(folder.resolve("services.csv"))) {
          assertThat(codes.add(r.get("code"))).as("code twice: %s", r).isTrue();
          assertThat(r.get("code")).matches("[A-Z0-9_]{2,40}");
          assertThat(agencies).as("agency of %s", r).contains(r.get("provider"));
          assertThat(r.get("name").toLowerCase(Locale.ROOT)).doesNotContain("miskin");
          assertThat(r.get("name").length()).isLessThanOrEqualTo(150);
          int sla = Integer.parseInt(r.get("sla_days"));
          Integer fast = SeedCsv.integer(r, "fast_track_days");
          assertThat(fast == null || (fast >= 1 && fast < sla)).as("fast track of %s", r).isTrue();
          FieldErrors errors = new FieldErrors();
          Eligibility.check(
              SeedCsv.integer(r, "min_age"),
              SeedCsv.integer(r, "max_age"),
              SeedCsv.blank(r.get("sex")),
              SeedCsv.blank(r.get("education_completed")),
              SeedCsv.integer(r, "max_desil"),
              errors);
          assertThat(errors.list()).as("conditions of %s", r).isEmpty();
          assertThat(r.get("documents")).as("documents of %s", r).isNotBlank();
        }
      }
    }
  }

  @Test
  void theNationalCatalogueHasTheProgramsEveryDistrictRefersTo() throws Exception {
    List<String> codes =
        SeedCsv.read(SEED.resolve("national/services.csv")).stream()
            .map(r -> r.get("code"))
            .toList();

    assertThat(codes)
        .contains("PKH", "BPNT", "KIS", "KIP", "RTLH", "KTP_EL", "KK", "AKTA_LAHIR", "ISBAT_NIKAH")
        .noneMatch(c -> c.contains("P2TP2A") || c.contains("PPA"));
  }

  @Test
  void karawangHasItsTwoScholarshipsAndMarosItsLegalAid() throws Exception {
    Map<String, Map<String, String>> karawang =
        SeedCsv.read(SEED.resolve("karawang/services.csv")).stream()
            .collect(Collectors.toMap(r -> r.get("code"), r -> r));
    assertThat(karawang.get("KARAWANG_CERDAS_SMA").get("name")).contains("1.400.000");
    assertThat(karawang.get("KARAWANG_CERDAS_KULIAH").get("name")).contains("12.000.000");

    List<Map<String, String>> maros = SeedCsv.read(SEED.resolve("maros/services.csv"));
    assertThat(maros)
        .anySatisfy(
            r -> {
              assertThat(r.get("provider")).isEqualTo("OBH_MAROS");
              assertThat(r.get("name")).contains("5 Tahun 2018");
            });
  }

  @Test
  void theCataloguesEducationLevelsAreTheFamilyCardsOnes() {
    assertThat(Eligibility.EDUCATION_LEVELS)
        .isEqualTo(Arrays.stream(Education.values()).map(Enum::name).collect(Collectors.toSet()));
  }
}
