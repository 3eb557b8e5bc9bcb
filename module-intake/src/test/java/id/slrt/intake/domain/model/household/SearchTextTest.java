package id.slrt.intake.domain.model.household;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.identity.Nik;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionDirectory;
import id.slrt.core.identity.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a family search finds, and which index tokens it walks. */
class SearchTextTest {
  private static final RegionDirectory ANY_REGION =
      new RegionDirectory() {
        @Override
        public boolean exists(RegionCode code) {
          return true;
        }

        @Override
        public Optional<String> name(RegionCode code) {
          return Optional.of(code.value());
        }
      };

  private static Person person(String name, String nik) {
    MemberFacts facts =
        new MemberFacts(
            Nik.parse(nik, ANY_REGION),
            name,
            Sex.F,
            LocalDate.of(1972, 1, 1),
            Relationship.KEPALA_KELUARGA,
            null,
            null,
            null,
            null);
    return Household.register(
            Household.FamilyCard.of(NomorKk.parse("3215011203150001", ANY_REGION)),
            new Address(RegionCode.parse("32.15.01.1001"), "002", "005", null),
            Household.Headship.NONE,
            List.of(facts),
            Instant.parse("2026-11-01T00:00:00Z"),
            "puskesos.karawang")
        .members()
        .get(0);
  }

  @Test
  void fourToSixteenDigitsAreTheBeginningOfANumberAndAnythingElseIsAName() {
    assertThat(SearchText.of("3215").isNumber()).isTrue();
    assertThat(SearchText.of(" 3215014101720001 ").numberPrefix()).isEqualTo("3215014101720001");
    assertThat(SearchText.of("321").isNumber()).isFalse();
    assertThat(SearchText.of("321").findsNothing()).isTrue();
    assertThat(SearchText.of("Sity Djuariah").keys()).containsExactly("st", "jr");
    assertThat(SearchText.of("  ")).isNull();
    assertThat(SearchText.of(null)).isNull();
  }

  @Test
  void aPersonMatchesWhenEveryWordOfTheTextIsInTheNameInAnySpellingAndOrder() {
    Person siti = person("Siti Juariah Hidayat", "3215014101720001");
    assertThat(SearchText.of("Sity Djuariah").matches(siti)).isTrue();
    assertThat(SearchText.of("djuariah siti").matches(siti)).isTrue();
    assertThat(SearchText.of("Siti Rahmawati").matches(siti)).isFalse();
    assertThat(SearchText.of("321501410172").matches(siti)).isTrue();
    assertThat(SearchText.of("321501410173").matches(siti)).isFalse();
  }

  @Test
  void theIndexIsWalkedFromThePairOfTheTwoLongestKeysAndTheRestIsLookedUp() {
    SearchText one = SearchText.of("Siti");
    assertThat(one.firstToken()).isEqualTo("st");
    assertThat(one.otherKeys()).isEmpty();
    SearchText two = SearchText.of("Siti Rahmawati");
    assertThat(two.firstToken()).isEqualTo(NameKey.pair("rhmwt", "st")).isEqualTo("rhmwt+st");
    SearchText three = SearchText.of("Ai Siti Rahmawati");
    assertThat(three.firstToken()).isEqualTo("rhmwt+st");
    assertThat(three.otherKeys()).containsExactly("a");
  }

  @Test
  void theIndexHoldsEveryKeyOfANameAndEveryPairOfThemSoEverySearchOfItFindsIt() {
    String key = NameKey.of("Siti Juariah Hidayat");
    assertThat(NameKey.searchTokens(key))
        .containsExactlyInAnyOrder("st", "jr", "hdjt", "jr+st", "hdjt+st", "hdjt+jr");
    assertThat(NameKey.searchTokens(NameKey.of("Siti Siti"))).containsExactly("st");
    for (String typed : List.of("Siti", "Hidayat Sity", "Djuariah Hidajat Siti")) {
      SearchText text = SearchText.of(typed);
      assertThat(NameKey.searchTokens(key))
          .contains(text.firstToken())
          .containsAll(text.otherKeys());
    }
  }
}
