package id.slrt.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceTest {
  @Test
  void aVillageIsThatVillageOnly() {
    Place kulon = Place.village("32.15.01.1001");
    assertThat(kulon.villagePattern()).isEqualTo("32.15.01.1001");
    assertThat(kulon.contains("32.15.01.1001")).isTrue();
    assertThat(kulon.contains("32.15.01.1003")).isFalse();
  }

  @Test
  void aKecamatanIsEveryVillageInIt() {
    Place barat = Place.kecamatan("32.15.01");
    assertThat(barat.villagePattern()).isEqualTo("32.15.01.%");
    assertThat(barat.contains("32.15.01.1003")).isTrue();
    assertThat(barat.contains("32.15.011.2001")).isFalse();
    assertThat(barat.contains("32.15.02.2001")).isFalse();
  }

  @Test
  void theDistrictIsUnnarrowedAndNowhereMatchesNothing() {
    assertThat(Place.DISTRICT.villagePattern()).isNull();
    assertThat(Place.DISTRICT.contains("32.15.02.2001")).isTrue();
    assertThat(Place.NOWHERE.villagePattern()).isEmpty();
    assertThat(Place.NOWHERE.contains("32.15.02.2001")).isFalse();
    assertThat(Place.NOWHERE.isDistrict()).isFalse();
  }

  @Test
  void aPlaceCoversItselfAndThePlacesWithinIt() {
    Place barat = Place.kecamatan("32.15.01");
    Place kulon = Place.village("32.15.01.1001");
    assertThat(Place.DISTRICT.covers(barat)).isTrue();
    assertThat(Place.DISTRICT.covers(Place.DISTRICT)).isTrue();
    assertThat(barat.covers(kulon)).isTrue();
    assertThat(barat.covers(barat)).isTrue();
    assertThat(barat.covers(Place.kecamatan("32.15.011"))).isFalse();
    assertThat(kulon.covers(barat)).isFalse();
    assertThat(kulon.covers(Place.DISTRICT)).isFalse();
    assertThat(barat.covers(Place.DISTRICT)).isFalse();
    assertThat(Place.NOWHERE.covers(kulon)).isFalse();
    assertThat(kulon.covers(Place.NOWHERE)).isFalse();
  }
}
