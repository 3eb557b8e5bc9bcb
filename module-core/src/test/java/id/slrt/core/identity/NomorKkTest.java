package id.slrt.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NomorKkTest {
  private final RegionDirectory regions = new TestRegions();

  private static String key(Throwable t) {
    return ((InvalidIdentifierException) t).messageKey();
  }

  @Test
  void readsTheKecamatanOfAFamilyCard() {
    NomorKk kk = NomorKk.parse("3215011203150001", regions);

    assertThat(kk.value()).isEqualTo("3215011203150001");
    assertThat(kk.district().value()).isEqualTo("32.15.01");
  }

  @Test
  void rejectsAFamilyCardOfAnUnknownKecamatan() {
    assertThatThrownBy(() -> NomorKk.parse("3215991203150001", regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("kk.unknownDistrict"));
  }

  @Test
  void rejectsAFamilyCardWhoseIssueDateIsNotARealDate() {
    assertThatThrownBy(() -> NomorKk.parse("3215013102150001", regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("kk.issueDate"));
  }

  @Test
  void doesNotAddFortyToTheIssueDay() {
    assertThatThrownBy(() -> NomorKk.parse("3215015203150001", regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("kk.issueDate"));
  }

  @Test
  void rejectsSerialZeroAndWrongLength() {
    assertThatThrownBy(() -> NomorKk.parse("3215011203150000", regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("kk.serial"));
    assertThatThrownBy(() -> NomorKk.parse("321501120315", regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("kk.format"));
  }
}
