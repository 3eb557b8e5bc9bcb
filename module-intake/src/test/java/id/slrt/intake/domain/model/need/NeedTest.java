package id.slrt.intake.domain.model.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.ValidationException;
import id.slrt.core.identity.Sex;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NeedTest {
  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final Claimant WOMAN_OF_40 =
      new Claimant(1, 1, Sex.F, LocalDate.of(1986, 5, 1), false);

  private static Need need(Claimant who, NeedCategory category, Pmks pmks, boolean pregnant) {
    return new Need(
        who,
        category,
        pmks,
        "uraian",
        pregnant,
        Need.Subject.NEED,
        TODAY,
        NOW,
        "puskesos.karawang");
  }

  private static Need need(NeedCategory category, Pmks pmks) {
    return need(WOMAN_OF_40, category, pmks, false);
  }

  @Test
  void fastTracksPregnantWomenTheElderlyFromSixtyAndDisability() {
    Need ordinary = need(NeedCategory.KESEHATAN, null);
    Need pregnant = need(WOMAN_OF_40, NeedCategory.KESEHATAN, null, true);
    // sixty on the day itself, and one day short of it
    Claimant sixtyToday = new Claimant(2, 2, Sex.M, TODAY.minusYears(60), false);
    Claimant sixtyTomorrow = new Claimant(3, 3, Sex.M, TODAY.minusYears(60).plusDays(1), false);
    Claimant disabledElder = new Claimant(4, 4, Sex.F, LocalDate.of(1950, 1, 1), true);

    assertThat(ordinary.fastTrack()).isFalse();
    assertThat(ordinary.priorityReasons()).isEmpty();
    assertThat(pregnant.priorityReasons()).containsExactly(PriorityReason.HAMIL);
    assertThat(need(sixtyToday, NeedCategory.EKONOMI, null, false).priorityReasons())
        .containsExactly(PriorityReason.LANSIA);
    assertThat(need(sixtyTomorrow, NeedCategory.EKONOMI, null, false).fastTrack()).isFalse();
    Need elderly = need(disabledElder, NeedCategory.KESEHATAN, null, false);
    assertThat(elderly.fastTrack()).isTrue();
    assertThat(elderly.priorityReasons())
        .containsExactly(PriorityReason.LANSIA, PriorityReason.DISABILITAS);
  }

  @Test
  void refusesPregnancyForAManAPmksThatDoesNotFitAndATooLongDescription() {
    Claimant boy = new Claimant(5, 5, Sex.M, LocalDate.of(2015, 1, 1), false);

    assertThatThrownBy(
            () ->
                new Need(
                    boy,
                    NeedCategory.KESEHATAN,
                    Pmks.LANJUT_USIA_TERLANTAR,
                    "x".repeat(Need.MAX_DESCRIPTION + 1),
                    true,
                    Need.Subject.NEED,
                    TODAY,
                    NOW,
                    "p"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("pmks", "description", "pregnant"));
  }

  @Test
  void sealsViolenceByCategoryOrByAVictimPmksAndFastTracksIt() {
    Need byCategory = need(NeedCategory.KEKERASAN, null);
    Need byPmks = need(NeedCategory.KESEHATAN, Pmks.KORBAN_TRAFFICKING);
    Need child =
        need(
            new Claimant(6, 6, Sex.F, LocalDate.of(2014, 3, 1), false),
            NeedCategory.PENDIDIKAN,
            Pmks.ANAK_KORBAN_TINDAK_KEKERASAN_ATAU_DIPERLAKUKAN_SALAH,
            false);
    Need poor = need(NeedCategory.EKONOMI, Pmks.FAKIR_MISKIN);

    assertThat(byCategory.sealed()).isTrue();
    assertThat(byPmks.sealed()).isTrue();
    assertThat(child.sealed()).isTrue();
    assertThat(poor.sealed()).isFalse();
    assertThat(byCategory.priorityReasons()).containsExactly(PriorityReason.KORBAN_KEKERASAN);
    // what was told about violence is handed over to P2TP2A, never kept in intake
    assertThat(byCategory.description()).isEmpty();
    assertThat(child.description()).isEmpty();
    assertThat(poor.description()).contains("uraian");
  }

  @Test
  void keepsEveryMoveWithWhoWhenAndWhy() {
    Need need = need(NeedCategory.IDENTITAS_HUKUM, null);

    need.moveTo(
        NeedStatus.DIPROSES, null, null, "dirujuk ke Disdukcapil", NOW.plusSeconds(60), "puskesos");
    need.moveTo(
        NeedStatus.SELESAI,
        Outcome.DILAYANI,
        "Akta kelahiran sudah terbit, diambil di kantor desa",
        "akta kelahiran terbit",
        NOW.plusSeconds(120),
        "puskesos");

    assertThat(need.status()).isEqualTo(NeedStatus.SELESAI);
    assertThat(need.history())
        .extracting(NeedEvent::to)
        .containsExactly(NeedStatus.TERCATAT, NeedStatus.DIPROSES, NeedStatus.SELESAI);
    assertThat(need.history().get(2).note()).contains("akta kelahiran terbit");
    assertThat(need.outcome()).contains(Outcome.DILAYANI);
    assertThat(need.answer()).get().asString().contains("kantor desa");
  }

  @Test
  void refusesMovesTheStatusDoesNotAllow() {
    Need need = need(NeedCategory.EKONOMI, null);
    need.moveTo(NeedStatus.SELESAI, Outcome.TIDAK_LAYAK, null, null, NOW, "puskesos");

    assertThatThrownBy(() -> need.moveTo(NeedStatus.DIPROSES, null, null, null, NOW, "puskesos"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(NeedStatus.TERCATAT.canMoveTo(NeedStatus.TERCATAT)).isFalse();
    assertThat(NeedStatus.DIPROSES.next())
        .containsExactlyInAnyOrder(NeedStatus.SELESAI, NeedStatus.DIBATALKAN);
    assertThat(NeedStatus.DIBATALKAN.next()).isEmpty();
  }

  @Test
  void aNeedIsClosedWithItsOutcomeAndOnlyThen() {
    Need need = need(NeedCategory.EKONOMI, null);

    assertThatThrownBy(() -> need.moveTo(NeedStatus.SELESAI, null, "x", null, NOW, "p"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("outcome"));
    assertThatThrownBy(
            () -> need.moveTo(NeedStatus.DIPROSES, Outcome.DIRUJUK, null, null, NOW, "p"))
        .isInstanceOf(ValidationException.class);
    assertThat(need.status()).isEqualTo(NeedStatus.TERCATAT);
    assertThat(need.history()).hasSize(1);
  }

  @Test
  void aComplaintNamesItsProgramAndChannel() {
    Need.Subject bare = new Need.Subject(NeedKind.PENGADUAN, null, null);

    assertThatThrownBy(
            () ->
                new Need(
                    WOMAN_OF_40,
                    NeedCategory.PERLINDUNGAN_SOSIAL,
                    null,
                    "BPNT tidak cair tiga bulan",
                    false,
                    bare,
                    TODAY,
                    NOW,
                    "p"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("program", "channel"));
    Need complaint =
        new Need(
            WOMAN_OF_40,
            NeedCategory.PERLINDUNGAN_SOSIAL,
            null,
            "BPNT tidak cair tiga bulan",
            false,
            new Need.Subject(
                NeedKind.PENGADUAN,
                id.slrt.intake.domain.model.household.Program.BPNT,
                Channel.WHATSAPP),
            TODAY,
            NOW,
            "p");
    assertThat(complaint.kind()).isEqualTo(NeedKind.PENGADUAN);
    assertThat(complaint.channel()).contains(Channel.WHATSAPP);
  }
}
