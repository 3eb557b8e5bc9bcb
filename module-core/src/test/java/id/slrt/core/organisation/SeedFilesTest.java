package id.slrt.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.csv.CsvReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The seed files under config/seed are what OrganisationSeed and the districts expect. */
class SeedFilesTest {
  private static final Path SEED = Path.of("..", "config", "seed");

  private static List<List<String>> rows(Path file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvReader csv = new CsvReader(in, ';', 1000, 20)) {
      List<String> row;
      while ((row = csv.next()) != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static Set<String> villages() throws Exception {
    Set<String> codes = new HashSet<>();
    try (Stream<String> lines =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(
                    SeedFilesTest.class.getResourceAsStream("/id/slrt/core/region/villages.csv"),
                    StandardCharsets.UTF_8))
            .lines()) {
      lines.forEach(l -> codes.add(l.split(",")[0]));
    }
    return codes;
  }

  @Test
  void everyDefaultDistrictHasItsPuskesosInItsOwnVillages() throws Exception {
    Set<String> villages = villages();
    Set<String> regencies =
        Set.of("karawang:32.15", "maros:73.09", "kendal:33.24", "trenggalek:35.03");
    for (String pair : regencies) {
      String slug = pair.split(":")[0];
      String regency = pair.split(":")[1];
      List<List<String>> units = rows(SEED.resolve(slug).resolve("units.csv"));
      assertThat(units.get(0))
          .containsExactly("code", "name", "kind", "village_code", "sk_number", "sk_date");
      assertThat(units).hasSizeGreaterThan(1);
      for (List<String> u : units.subList(1, units.size())) {
        assertThat(UnitKind.valueOf(u.get(2))).isEqualTo(UnitKind.PUSKESOS);
        assertThat(villages).as(u.toString()).contains(u.get(3));
        assertThat(u.get(3)).startsWith(regency + ".");
      }
    }
  }

  @Test
  void everyProviderRowNamesAKnownKindAndCategory() throws Exception {
    try (Stream<Path> files = Files.walk(SEED)) {
      for (Path f : files.filter(p -> p.endsWith("providers.csv")).toList()) {
        List<List<String>> rows = rows(f);
        assertThat(rows.get(0).get(0)).isEqualTo("code");
        Set<String> codes = new HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
          ProviderKind.valueOf(r.get(2));
          ProviderCategory.valueOf(r.get(3));
          assertThat(codes.add(r.get(0))).as("code %s twice in %s", r.get(0), f).isTrue();
          assertThat(r.get(0)).matches("[A-Z0-9][A-Z0-9_-]{1,39}");
        }
      }
    }
  }

  @Test
  void theNationalDefaultsHaveTheAgenciesDemoUsersSpeakFor() throws Exception {
    List<String> codes =
        rows(SEED.resolve("national/providers.csv")).stream().map(r -> r.get(0)).toList();

    assertThat(codes).contains("DISDUKCAPIL", "DINKES", "BPJS_KESEHATAN", "UPTD_PPA", "BAZNAS");
  }
}
