package id.slrt.referral.domain.model.violence;

import static id.slrt.referral.domain.model.violence.StepPhase.PEMANTAUAN;
import static id.slrt.referral.domain.model.violence.StepPhase.PENANGANAN;
import static id.slrt.referral.domain.model.violence.StepPhase.PENERIMAAN;
import static id.slrt.referral.domain.model.violence.StepPhase.TERMINASI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

  @Test
  void theStatusFollowsTheStepsDone() {
    assertThat(CaseStatus.after(List.of())).isEqualTo(CaseStatus.BARU);
    assertThat(CaseStatus.after(List.of(PENERIMAAN))).isEqualTo(CaseStatus.BARU);
    assertThat(CaseStatus.after(List.of(PENERIMAAN, PENANGANAN, PENANGANAN)))
        .isEqualTo(CaseStatus.DITANGANI);
    assertThat(CaseStatus.after(List.of(PENERIMAAN, PENANGANAN, TERMINASI)))
        .isEqualTo(CaseStatus.DITERMINASI);
    assertThat(CaseStatus.after(List.of(PENERIMAAN, PENANGANAN, TERMINASI, PEMANTAUAN)))
        .isEqualTo(CaseStatus.DIPANTAU);
    // monitoring before the termination is no monitoring of a closed case
    assertThat(CaseStatus.after(List.of(PENERIMAAN, PEMANTAUAN))).isEqualTo(CaseStatus.BARU);
  }

  @Test
  void handlingIsAddedOnlyUntilTheCaseIsTerminated() {
    assertThat(CaseStatus.BARU.acceptsHandling()).isTrue();
    assertThat(CaseStatus.DITANGANI.acceptsHandling()).isTrue();
    assertThat(CaseStatus.DITERMINASI.acceptsHandling()).isFalse();
    assertThat(CaseStatus.DIPANTAU.acceptsHandling()).isFalse();
  }

  @Test
  void theDefaultSopHasOneReceptionOneTerminationAndMonitoringLast() {
    assertThat(SopStep.DEFAULTS).hasSize(11);
    assertThat(SopStep.DEFAULTS.get(0).phase()).isEqualTo(PENERIMAAN);
    assertThat(SopStep.DEFAULTS.stream().filter(s -> s.phase() == TERMINASI)).hasSize(1);
    assertThat(SopStep.DEFAULTS.get(SopStep.DEFAULTS.size() - 1).phase()).isEqualTo(PEMANTAUAN);
  }
}
