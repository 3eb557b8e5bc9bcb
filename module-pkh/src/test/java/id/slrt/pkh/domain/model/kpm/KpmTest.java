package id.slrt.pkh.domain.model.kpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.pkh.domain.model.conditionality.ConditionalityRule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpmTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  @Test
  void aParticipantNumberHasFifteenDigitsAndTheDistrictsRegency() {
    FieldErrors errors = new FieldErrors();
    assertThat(ParticipantNumber.read("3503 0400 0200 082", "3503", "n", errors))
        .contains(new ParticipantNumber("350304000200082"));
    assertThat(ParticipantNumber.read("35030400020008", "3503", "a", errors)).isEmpty();
    assertThat(ParticipantNumber.read("321504000200082", "3503", "b", errors)).isEmpty();
    assertThat(ParticipantNumber.read("35030400020008X", "3503", "c", errors)).isEmpty();
    assertThat(ParticipantNumber.read(" ", "3503", "d", errors)).isEmpty();
    assertThat(errors.list())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly(
            "a:pkh.participantNumber.format",
            "b:pkh.participantNumber.otherDistrict",
            "c:pkh.participantNumber.format",
            "d:pkh.participantNumber.required");
    assertThat(new ParticipantNumber("350304000200082").regency()).isEqualTo("3503");
  }

  @Test
  void atMostFourComponentsCountInTheProgramsOrder() {
    LocalDate from = LocalDate.of(2025, 1, 1);
    List<MemberComponent> all =
        List.of(
            new MemberComponent(1L, Component.ANAK_SMA, from, null),
            new MemberComponent(2L, Component.ANAK_SD, from, null),
            new MemberComponent(3L, Component.LANJUT_USIA, from, null),
            new MemberComponent(4L, Component.ANAK_SMP, from, null),
            new MemberComponent(5L, Component.IBU_HAMIL, from, LocalDate.of(2025, 9, 1)),
            new MemberComponent(6L, Component.ANAK_USIA_DINI, LocalDate.of(2027, 1, 1), null));
    assertThat(Components.counted(all, TODAY))
        .extracting(MemberComponent::component)
        .containsExactly(
            Component.LANJUT_USIA, Component.ANAK_SD, Component.ANAK_SMP, Component.ANAK_SMA);
    assertThat(Components.counted(all, LocalDate.of(2025, 6, 1)))
        .extracting(MemberComponent::component)
        .containsExactly(
            Component.IBU_HAMIL, Component.LANJUT_USIA, Component.ANAK_SD, Component.ANAK_SMP);
    assertThat(Components.inForce(all, TODAY)).hasSize(4);
    assertThatThrownBy(() -> new MemberComponent(1L, Component.ANAK_SD, from, from.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void naturalGraduationIsProposedWhenNoComponentRemains() {
    Kpm kpm =
        new Kpm(
            new ParticipantNumber("350304000200082"),
            2019,
            7,
            70,
            "35.03.04.2001",
            "TGK-01",
            List.of(
                new MemberComponent(
                    71L, Component.ANAK_SMA, LocalDate.of(2019, 7, 1), LocalDate.of(2026, 7, 1))));
    assertThat(kpm.naturalGraduationDue(LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(kpm.naturalGraduationDue(TODAY)).isTrue();
    assertThat(kpm.countedOn(TODAY)).isEmpty();
    kpm.graduate(GraduationType.ALAMIAH, TODAY);
    assertThat(kpm.status()).isEqualTo(KpmStatus.GRADUASI);
    assertThat(kpm.naturalGraduationDue(TODAY)).isFalse();
    // graduated is not ended by the program, and neither happens twice
    assertThatThrownBy(
            () -> kpm.exit(ExitReason.PINDAH_DOMISILI, TODAY, null, new ConditionalityRule()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> kpm.graduate(GraduationType.MANDIRI, TODAY))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aFamilyJoinedNoEarlierThanPkhBeganAndNoLaterThanThisYear() {
    FieldErrors errors = new FieldErrors();
    Kpm.checkStartYear(2007, TODAY, errors);
    Kpm.checkStartYear(2026, TODAY, errors);
    assertThat(errors.isEmpty()).isTrue();
    Kpm.checkStartYear(2006, TODAY, errors);
    Kpm.checkStartYear(2027, TODAY, errors);
    Kpm.checkStartYear(null, TODAY, errors);
    assertThat(errors.list())
        .extracting(e -> e.messageKey())
        .containsExactly("pkh.startYear.range", "pkh.startYear.range", "pkh.startYear.required");
  }

  @Test
  void aGraduatedFamilyIsFollowedUpOncePerRoundWithinItsWindowAndReferredBackOnlyIfItFellBack() {
    Kpm kpm =
        new Kpm(
            new ParticipantNumber("350304000200082"),
            2019,
            7,
            70,
            "35.03.04.2001",
            "TGK-01",
            List.of());
    LocalDate graduated = LocalDate.of(2026, 1, 15);
    assertThatThrownBy(() -> kpm.followUp(6, TODAY, FollowUpOutcome.MANDIRI, null, "p", TODAY))
        .isInstanceOf(ConflictException.class); // not graduated
    kpm.graduate(GraduationType.MANDIRI, graduated);
    assertThat(kpm.followUpDue(6)).contains(LocalDate.of(2026, 7, 15));
    assertThat(kpm.followUpDue(12)).contains(LocalDate.of(2027, 1, 15));
    // a month early at most, never in the future
    assertThatThrownBy(
            () ->
                kpm.followUp(
                    6, LocalDate.of(2026, 6, 14), FollowUpOutcome.MANDIRI, null, "p", TODAY))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> kpm.followUp(12, TODAY, FollowUpOutcome.MANDIRI, null, "p", TODAY))
        .isInstanceOf(ConflictException.class);
    kpm.followUp(6, LocalDate.of(2026, 6, 15), FollowUpOutcome.MANDIRI, "warung ramai", "p", TODAY);
    assertThatThrownBy(() -> kpm.followUp(6, TODAY, FollowUpOutcome.MENURUN, null, "p", TODAY))
        .isInstanceOf(ConflictException.class); // once per round
    assertThatThrownBy(() -> kpm.requireFallBack(6)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> kpm.requireFallBack(12)).isInstanceOf(ConflictException.class);
    LocalDate later = LocalDate.of(2027, 1, 20);
    kpm.followUp(12, later, FollowUpOutcome.MENURUN, "usaha tutup", "p", later);
    kpm.referredBack(12, 901L);
    assertThat(kpm.followUps())
        .extracting(f -> f.round() + ":" + f.outcome() + ":" + f.referralId().orElse(null))
        .containsExactly("6:MANDIRI:null", "12:MENURUN:901");
    assertThatThrownBy(() -> kpm.referredBack(12, 902L)).isInstanceOf(ConflictException.class);
  }
}
