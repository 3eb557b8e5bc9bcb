package id.slrt.referral.domain.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import org.junit.jupiter.api.Test;

class IssuesTest {
  @Test
  void theCataloguesFormIsReadAndWrittenBack() {
    Issues birth = Issues.parse(" nik | KK|AKTA_KELAHIRAN ");
    assertThat(birth.nik()).isTrue();
    assertThat(birth.kk()).isTrue();
    assertThat(birth.documents()).containsExactly("AKTA_KELAHIRAN");
    assertThat(birth.format()).isEqualTo("NIK|KK|AKTA_KELAHIRAN");
    assertThat(Issues.parse(null)).isEqualTo(Issues.NOTHING);
    assertThat(Issues.parse("").any()).isFalse();
    assertThat(Issues.NOTHING.format()).isNull();
    assertThatThrownBy(() -> Issues.parse("NIK|PASPOR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PASPOR");
  }

  @Test
  void numbersAreTakenOnlyWhenServedAndOnlyThoseTheServiceIssues() {
    Issues card = Issues.parse("KK");
    FieldErrors served = new FieldErrors();
    card.check(true, null, "3215011203150099", served);
    assertThat(served.list()).isEmpty();

    FieldErrors wrongNumber = new FieldErrors();
    card.check(true, "3215014101200003", null, wrongNumber);
    assertThat(wrongNumber.list())
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("issuedNik", "referral.notIssuedHere"));

    FieldErrors notServed = new FieldErrors();
    card.check(false, null, "3215011203150099", notServed);
    assertThat(notServed.list())
        .extracting(FieldError::messageKey)
        .containsExactly("referral.issuedWhenServed");
  }
}
