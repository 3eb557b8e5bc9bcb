package id.slrt.referral.domain.model.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseConferenceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final Instant AT = Instant.parse("2026-12-04T05:00:00Z");

  private static CaseConference conference(
      LocalDate heldOn, List<CaseConference.Action> actions, FieldErrors errors) {
    return CaseConference.record(
        heldOn,
        "Aula Desa Anggadita",
        "Rujukan KIS terlambat",
        Set.of("DINKES"),
        Set.of(12L),
        "Dinkes memproses aktivasi PBI",
        actions,
        "32.15.05.2016",
        TODAY,
        AT,
        "puskesos.karawang",
        errors);
  }

  @Test
  void aConferenceIsRecordedAfterItWasHeldWithItsFollowUps() {
    FieldErrors errors = new FieldErrors();
    CaseConference c =
        conference(
            TODAY.minusDays(1),
            List.of(new CaseConference.Action("Kunjungi keluarga", "puskesos.karawang", TODAY)),
            errors);
    assertThat(errors.list()).isEmpty();
    assertThat(c.followUps()).hasSize(1);
    assertThat(c.followUps().get(0).overdue(TODAY)).isFalse();
    assertThat(c.followUps().get(0).overdue(TODAY.plusDays(1))).isTrue();

    FieldErrors future = new FieldErrors();
    assertThat(conference(TODAY.plusDays(1), List.of(), future)).isNull();
    assertThat(future.list()).extracting(FieldError::messageKey).contains("conference.heldOnRange");
    FieldErrors old = new FieldErrors();
    assertThat(conference(TODAY.minusYears(2), List.of(), old)).isNull();
  }

  @Test
  void everyFollowUpNeedsAnActionAnOwnerAndADueDateNotBeforeTheConference() {
    FieldErrors errors = new FieldErrors();
    assertThat(
            conference(
                TODAY,
                List.of(
                    new CaseConference.Action(null, null, null),
                    new CaseConference.Action("X", "u", TODAY.minusDays(1))),
                errors))
        .isNull();
    assertThat(errors.list())
        .extracting(FieldError::field)
        .containsExactly(
            "followUps[0].action",
            "followUps[0].owner",
            "followUps[0].dueDate",
            "followUps[1].dueDate");
  }

  @Test
  void onlyItsOwnerOrTheRecorderMarksAFollowUpDoneAndOnlyOnce() {
    CaseConference c =
        conference(
            TODAY,
            List.of(new CaseConference.Action("Aktivasi PBI", "dinkes.karawang", TODAY)),
            new FieldErrors());
    FollowUp f = c.followUps().get(0);
    assertThatThrownBy(() -> f.done("x", AT, "klik.karawang"))
        .isInstanceOf(AccessDeniedException.class);
    f.done("PBI aktif", AT, "dinkes.karawang");
    assertThat(f.isDone()).isTrue();
    assertThat(f.overdue(TODAY.plusDays(5))).isFalse();
    assertThatThrownBy(() -> f.done("lagi", AT, "puskesos.karawang"))
        .isInstanceOf(ConflictException.class);
  }
}
