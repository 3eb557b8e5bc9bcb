package id.slrt.referral.domain.model.violence;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VictimAndSafeContactTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Test
  void aVictimIsAChildUntilHerEighteenthBirthdayOrAsDeclaredWhenItIsUnknown() {
    Victim girl = Victim.person(7, LocalDate.of(2008, 12, 5), false);
    assertThat(girl.childOn(TODAY)).isTrue();
    assertThat(girl.childOn(LocalDate.of(2026, 12, 5))).isFalse();
    assertThat(Victim.person(8, null, true).childOn(TODAY)).isTrue();
    assertThat(Victim.person(9, null, false).childOn(TODAY)).isFalse();
    // a birth date known outweighs a declaration
    assertThat(Victim.person(10, LocalDate.of(1990, 1, 1), true).childOn(TODAY)).isFalse();
  }

  @Test
  void anAnonymousVictimKeepsNoIdentity() {
    FieldErrors errors = new FieldErrors();
    Victim v = Victim.anonymous("  Bunga ", null, true, false, errors);
    assertThat(errors.isEmpty()).isTrue();
    assertThat(v.anonymous()).isTrue();
    assertThat(v.personId()).isNull();
    assertThat(v.alias()).isEqualTo("Bunga");
    Victim.anonymous(null, null, false, true, errors);
    assertThat(errors.list())
        .extracting(FieldError::messageKey)
        .containsExactly("violence.victim.anonymousWithIdentity");
  }

  @Test
  void withThePerpetratorInTheFamilyCardNothingGoesToTheHouseholdWithoutASafeContact() {
    assertThat(SafeContact.householdUsable(false)).isTrue();
    assertThat(SafeContact.householdUsable(true)).isFalse();
    FieldErrors errors = new FieldErrors();
    SafeContact.check(false, null, errors);
    assertThat(errors.isEmpty()).isTrue();
    SafeContact.check(true, "Kantor P2TP2A, 0411-123456", errors);
    assertThat(errors.isEmpty()).isTrue();
    SafeContact.check(true, " ", errors);
    assertThat(errors.list())
        .extracting(f -> f.field() + ":" + f.messageKey())
        .containsExactly("safeContact:violence.safeContactRequired");
  }
}
