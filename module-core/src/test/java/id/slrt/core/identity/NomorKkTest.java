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

  @Test
  void aProvisionalNumberIsNoRealFamilyCardAndSurvivesTheDatabase() {
    NomorKk provisional = NomorKk.provisional(42);

    assertThat(provisional.value()).isEqualTo("0000000000000042");
    assertThat(provisional.isProvisional()).isTrue();
    assertThat(NomorKk.parse("3215011203150001", regions).isProvisional()).isFalse();
    // no province has the code 00, so no typed No. KK can be taken for a provisional one
    assertThatThrownBy(() -> NomorKk.parse(provisional.value(), regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("kk.unknownDistrict"));
    assertThatThrownBy(provisional::district).isInstanceOf(IllegalStateException.class);

    NomorKkConverter converter = new NomorKkConverter();
    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(provisional)))
        .isEqualTo(provisional);
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }

  @Test
  void aStoredNumberIsReadBackEvenIfItsKecamatanIsNoLongerKnown() {
    // region codes change (kecamatan split); a card recorded before stays readable
    NomorKk stored = new NomorKkConverter().convertToEntityAttribute("3215991203150001");

    assertThat(stored.value()).isEqualTo("3215991203150001");
    assertThatThrownBy(() -> new NomorKkConverter().convertToEntityAttribute("12345"))
        .isInstanceOf(IllegalStateException.class);
  }
}
