package id.slrt.pkh.domain.model.graduation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import id.slrt.pkh.domain.model.kpm.Component;
import id.slrt.pkh.domain.model.kpm.GraduationType;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import id.slrt.pkh.domain.model.kpm.MemberComponent;
import id.slrt.pkh.domain.model.kpm.ParticipantNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraduationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
  private static final Graduation.Evidence NONE =
      new Graduation.Evidence(false, null, null, null, null);

  private static Kpm kpm(LocalDate componentEnds) {
    Kpm k =
        new Kpm(
            new ParticipantNumber("350304000200082"),
            2019,
            7,
            70,
            "35.03.04.2001",
            "TGK-01",
            List.of(
                new MemberComponent(
                    71L, Component.ANAK_SMA, LocalDate.of(2023, 7, 1), componentEnds)));
    try {
      var id = Kpm.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(k, 7L); // as stored
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return k;
  }

  private static List<String> refused(Kpm kpm, GraduationType type, Graduation.Evidence e) {
    FieldErrors errors = new FieldErrors();
    Graduation.check(kpm, type, e, TODAY, errors);
    return errors.list().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
  }

  @Test
  void naturalGraduationOnlyWhenNoComponentRemains() {
    assertThat(refused(kpm(null), GraduationType.ALAMIAH, NONE))
        .containsExactly("type:pkh.graduation.componentsRemain");
    assertThat(refused(kpm(LocalDate.of(2026, 7, 1)), GraduationType.ALAMIAH, NONE)).isEmpty();
  }

  @Test
  void aVoluntaryGraduationNeedsTheSignedStatementAndSejahteraMandiriTheBusiness() {
    assertThat(refused(kpm(null), GraduationType.MANDIRI, NONE))
        .containsExactly("statementLetter:pkh.graduation.statementRequired");
    assertThat(
            refused(
                kpm(null),
                GraduationType.MANDIRI,
                new Graduation.Evidence(true, null, null, null, null)))
        .containsExactly("statementDate:pkh.graduation.statementDateRequired");
    assertThat(
            refused(
                kpm(null),
                GraduationType.SEJAHTERA_MANDIRI,
                new Graduation.Evidence(true, TODAY.plusDays(1), null, null, null)))
        .containsExactly(
            "statementDate:pkh.graduation.statementDateFuture",
            "business:pkh.graduation.businessRequired");
    assertThat(
            refused(
                kpm(null),
                GraduationType.SEJAHTERA_MANDIRI,
                new Graduation.Evidence(true, TODAY, "Warung kelontong", "KUBE 2025", null)))
        .isEmpty();
  }

  @Test
  void aCoordinatorOtherThanTheProposerDecidesOnceAndAnApprovalGraduatesTheFamily() {
    Kpm family = kpm(null);
    Graduation g =
        new Graduation(
            family,
            GraduationType.MANDIRI,
            new Graduation.Evidence(true, TODAY.minusDays(3), null, null, null),
            TODAY,
            "pendamping.trenggalek",
            NOW);
    assertThatThrownBy(
            () ->
                g.decide(
                    GraduationStatus.DISETUJUI, null, family, TODAY, "pendamping.trenggalek", NOW))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> g.decide(GraduationStatus.DITOLAK, " ", family, TODAY, "korkab.trenggalek", NOW))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                g.decide(GraduationStatus.DIUSULKAN, null, family, TODAY, "korkab.trenggalek", NOW))
        .isInstanceOf(ValidationException.class);
    g.decide(GraduationStatus.DISETUJUI, null, family, TODAY, "korkab.trenggalek", NOW);
    assertThat(g.status()).isEqualTo(GraduationStatus.DISETUJUI);
    assertThat(family.status()).isEqualTo(KpmStatus.GRADUASI);
    assertThat(family.graduationType()).contains(GraduationType.MANDIRI);
    assertThatThrownBy(
            () -> g.decide(GraduationStatus.DITOLAK, "x", family, TODAY, "korcam.trenggalek", NOW))
        .isInstanceOf(ConflictException.class);
    // a graduated family is proposed no more
    assertThat(refused(family, GraduationType.MANDIRI, NONE))
        .containsExactly("participantNumber:pkh.kpm.notActive");
  }

  @Test
  void theVerivaliProposalFollowsAnApprovedVoluntaryGraduationOnce() {
    Kpm family = kpm(null);
    Graduation g =
        new Graduation(
            family,
            GraduationType.SEJAHTERA_MANDIRI,
            new Graduation.Evidence(true, TODAY.minusDays(3), "Warung kelontong", null, null),
            TODAY,
            "pendamping.trenggalek",
            NOW);
    assertThatThrownBy(g::checkVerivali)
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("pkh.graduation.verivaliNotVoluntary"));
    g.decide(GraduationStatus.DISETUJUI, null, family, TODAY, "korkab.trenggalek", NOW);
    g.verivaliProposed(41);
    assertThat(g.verivaliProposalId()).contains(41L);
    assertThatThrownBy(() -> g.verivaliProposed(42))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("pkh.graduation.verivaliMade"));
    assertThat(g.verivaliProposalId()).contains(41L);
  }

  @Test
  void aTargetIsZeroToFiveHundredForLastThisOrNextYear() {
    id.slrt.core.error.FieldErrors errors = new id.slrt.core.error.FieldErrors();
    GraduationTarget.check(25, 2026, 2026, errors);
    GraduationTarget.check(0, 2027, 2026, errors);
    assertThat(errors.isEmpty()).isTrue();
    GraduationTarget.check(501, 2026, 2026, errors);
    GraduationTarget.check(null, 2024, 2026, errors);
    assertThat(errors.list())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly(
            "target:pkh.target.range", "target:pkh.target.range", "year:pkh.target.year");
  }
}
