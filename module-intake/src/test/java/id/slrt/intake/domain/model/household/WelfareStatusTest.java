package id.slrt.intake.domain.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of a welfare status snapshot, and marking one void. */
class WelfareStatusTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

  private static WelfareStatus dtsen(Integer desil) {
    return new WelfareStatus(
        1, WelfareRegister.DTSEN, true, desil, null, TODAY.minusDays(1), TODAY, NOW, "p");
  }

  private static java.util.List<String> refused(
      WelfareRegister register, Boolean registered, Integer desil, LocalDate asOf) {
    FieldErrors errors = new FieldErrors();
    WelfareStatus.check(register, registered, desil, null, asOf, TODAY, errors);
    return errors.list().stream().map(e -> e.field() + ":" + e.messageKey()).toList();
  }

  @Test
  void aDesilIsOneToTenAndOnlyForAFamilyRegisteredInDtsen() {
    assertThat(refused(WelfareRegister.DTSEN, true, 1, TODAY)).isEmpty();
    assertThat(refused(WelfareRegister.DTSEN, true, 10, TODAY)).isEmpty();
    assertThat(refused(WelfareRegister.DTSEN, true, 11, TODAY))
        .containsExactly("desil:welfare.desilRange");
    assertThat(refused(WelfareRegister.DTSEN, true, 0, TODAY))
        .containsExactly("desil:welfare.desilRange");
    assertThat(refused(WelfareRegister.DTKS, true, 3, TODAY))
        .containsExactly("desil:welfare.desilDtsen");
    assertThat(refused(WelfareRegister.DTSEN, false, 3, TODAY))
        .containsExactly("desil:welfare.desilDtsen");
  }

  @Test
  void theRegisterWhetherRegisteredAndAPastDateAreRequired() {
    assertThat(refused(null, null, null, null))
        .containsExactlyInAnyOrder(
            "register:welfare.register", "registered:welfare.registered", "asOf:welfare.asOf");
    assertThat(refused(WelfareRegister.DTKS, true, null, TODAY.plusDays(1)))
        .containsExactly("asOf:welfare.asOfFuture");
    assertThatThrownBy(() -> dtsen(11))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("desil"));
  }

  @Test
  void aStatusRecordedByMistakeIsMarkedVoidOnceWithItsReason() {
    WelfareStatus status = dtsen(9);

    assertThatThrownBy(() -> status.voidBecause(" ", NOW, "p"))
        .isInstanceOf(ValidationException.class);
    assertThat(status.voided()).isFalse();
    status.voidBecause("desil salah ketik", NOW, "puskesos");
    assertThat(status.voided()).isTrue();
    assertThat(status.voidReason()).contains("desil salah ketik");
    assertThat(status.voidedBy()).contains("puskesos");
    assertThatThrownBy(() -> status.voidBecause("lagi", NOW, "p"))
        .isInstanceOf(IllegalStateException.class);
  }
}
