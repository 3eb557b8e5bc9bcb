package id.slrt.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {
  private final RegionDirectory regions = new TestRegions();

  private static String key(Throwable t) {
    return ((InvalidIdentifierException) t).messageKey();
  }

  @Test
  void readsAWomansNikWithFortyAddedToTheDay() {
    Nik nik = Nik.parse("3215014507850002", regions);

    assertThat(nik.sex()).isEqualTo(Sex.F);
    assertThat(nik.birthDay()).isEqualTo(5);
    assertThat(nik.birthMonth()).isEqualTo(7);
    assertThat(nik.birthYearOfCentury()).isEqualTo(85);
    assertThat(nik.district().value()).isEqualTo("32.15.01");
    assertThat(nik.probableBirthDate(LocalDate.of(2026, 11, 22))).isEqualTo("1985-07-05");
  }

  @Test
  void readsAMansNik() {
    Nik nik = Nik.parse("3215010101100001", regions);

    assertThat(nik.sex()).isEqualTo(Sex.M);
    assertThat(nik.probableBirthDate(LocalDate.of(2026, 11, 22))).isEqualTo("2010-01-01");
  }

  @Test
  void placesATwoDigitYearAfterTodayInThePreviousCentury() {
    Nik nik = Nik.parse("3215011512300001", regions);

    assertThat(nik.probableBirthDate(LocalDate.of(2026, 11, 22))).isEqualTo("1930-12-15");
  }

  @Test
  void acceptsSurroundingSpaces() {
    assertThat(Nik.parse(" 3215014507850002 ", regions).value()).isEqualTo("3215014507850002");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"321501450785000", "32150145078500021", "32150145078500a2", "3215-14507850002"})
  void rejectsAnythingButSixteenDigits(String raw) {
    assertThatThrownBy(() -> Nik.parse(raw, regions))
        .isInstanceOf(InvalidIdentifierException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("nik.format"));
  }

  @Test
  void rejectsAMissingNik() {
    assertThatThrownBy(() -> Nik.parse("  ", regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("nik.required"));
    assertThatThrownBy(() -> Nik.parse(null, regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("nik.required"));
  }

  @Test
  void rejectsNikWhoseKecamatanIsNotInTheRegionTable() {
    assertThatThrownBy(() -> Nik.parse("3215994507850002", regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("nik.unknownDistrict"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3215013202850002", // 32 February
        "3215017102850002", // 71 - 40 = 31, but the month below is February
        "3215013113850002", // month 13
        "3215010007850002", // day 0
        "3215014007850002", // women's day 40 - 40 = 0
        "3215013506850002", // day 35 is neither a man's nor a woman's day
        "3215017207850002" // 72 - 40 = 32
      })
  void rejectsNikWhoseBirthDateIsNotARealDate(String raw) {
    assertThatThrownBy(() -> Nik.parse(raw, regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("nik.birthDate"));
  }

  @Test
  void acceptsTheTwentyNinthOfFebruaryOfALeapYear() {
    assertThat(Nik.parse("3215016902000001", regions).birthDay()).isEqualTo(29);
  }

  @Test
  void rejectsSerialZero() {
    assertThatThrownBy(() -> Nik.parse("3215014507850000", regions))
        .satisfies(e -> assertThat(key(e)).isEqualTo("nik.serial"));
  }

  @Test
  void agreesWithTheSexAndBirthDateItEncodes() {
    Nik nik = Nik.parse("3215014507850002", regions);

    assertThat(nik.disagreementsWith(Sex.F, LocalDate.of(1985, 7, 5))).isEmpty();
  }

  @Test
  void namesEachDisagreementWithRecordedData() {
    Nik woman = Nik.parse("3215014507850002", regions);

    assertThat(woman.disagreementsWith(Sex.M, LocalDate.of(1985, 7, 6)))
        .containsExactly("nik.sexMismatch.female", "nik.birthDateMismatch");
    assertThat(woman.disagreementsWith(Sex.F, LocalDate.of(1885, 7, 5))).isEmpty();
    assertThat(Nik.parse("3215010507850002", regions).disagreementsWith(Sex.F, null))
        .containsExactly("nik.sexMismatch.male");
  }

  @Test
  void aStoredNikIsReadBackAsTheSameValueEvenIfItsKecamatanIsNoLongerKnown() {
    NikConverter converter = new NikConverter();
    Nik nik = Nik.parse("3215014507850002", regions);

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(nik)))
        .isEqualTo(nik);
    assertThat(converter.convertToEntityAttribute("3215994507850002").sex()).isEqualTo(Sex.F);
    assertThat(converter.convertToEntityAttribute(null)).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> converter.convertToEntityAttribute("32150145078500"))
        .isInstanceOf(IllegalStateException.class);
  }
}
