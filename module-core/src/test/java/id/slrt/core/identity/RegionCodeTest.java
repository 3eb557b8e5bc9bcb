package id.slrt.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @Test
  void knowsItsLevelAndAncestors() {
    RegionCode village = RegionCode.parse("32.15.01.2001");

    assertThat(village.level()).isEqualTo(RegionLevel.VILLAGE);
    assertThat(village.at(RegionLevel.DISTRICT).value()).isEqualTo("32.15.01");
    assertThat(village.at(RegionLevel.REGENCY).value()).isEqualTo("32.15");
    assertThat(village.parent()).contains(RegionCode.parse("32.15.01"));
    assertThat(RegionCode.parse("32").parent()).isEmpty();
    assertThat(village.compact()).isEqualTo("32150120" + "01");
  }

  @Test
  void tellsWhetherItLiesInsideAnotherRegion() {
    assertThat(RegionCode.parse("32.15.01.1001").isWithin(RegionCode.parse("32.15"))).isTrue();
    assertThat(RegionCode.parse("32.15.01.1001").isWithin(RegionCode.parse("32.15.10"))).isFalse();
    assertThat(RegionCode.parse("73.09.01.1001").isWithin(RegionCode.parse("32.15"))).isFalse();
  }

  @Test
  void tellsAKelurahanFromADesa() {
    assertThat(RegionCode.parse("32.15.01.1001").isKelurahan()).isTrue();
    assertThat(RegionCode.parse("32.15.02.2001").isKelurahan()).isFalse();
  }

  @Test
  void buildsAKecamatanFromTheFirstSixDigitsOfANik() {
    assertThat(RegionCode.ofCompactDistrict("321501").value()).isEqualTo("32.15.01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3215", "32.1", "32.15.1", "32.15.01.201", "32.15.01.20011", "ab.cd", ""})
  void rejectsMalformedCodes(String raw) {
    assertThatThrownBy(() -> RegionCode.parse(raw)).isInstanceOf(InvalidIdentifierException.class);
  }
}
