package id.slrt.intake.domain.model.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeedTest {
  private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

  private static Need need(NeedCategory category, Pmks pmks, Set<PriorityReason> reasons) {
    return new Need(1, 1, category, pmks, "uraian", false, reasons, NOW, "puskesos.karawang");
  }

  @Test
  void fastTracksPregnantWomenElderlyAndDisability() {
    Need ordinary = need(NeedCategory.KESEHATAN, null, Set.of());
    Need elderly =
        need(
            NeedCategory.KESEHATAN,
            null,
            EnumSet.of(PriorityReason.LANSIA, PriorityReason.DISABILITAS));

    assertThat(ordinary.fastTrack()).isFalse();
    assertThat(ordinary.priorityReasons()).isEmpty();
    assertThat(elderly.fastTrack()).isTrue();
    assertThat(elderly.priorityReasons())
        .containsExactly(PriorityReason.LANSIA, PriorityReason.DISABILITAS);
  }

  @Test
  void sealsViolenceByCategoryOrByAVictimPmksAndFastTracksIt() {
    Need byCategory = need(NeedCategory.KEKERASAN, null, Set.of());
    Need byPmks = need(NeedCategory.KESEHATAN, Pmks.KORBAN_TRAFFICKING, Set.of());
    Need child =
        need(
            NeedCategory.PENDIDIKAN,
            Pmks.ANAK_KORBAN_TINDAK_KEKERASAN_ATAU_DIPERLAKUKAN_SALAH,
            Set.of());
    Need poor = need(NeedCategory.EKONOMI, Pmks.FAKIR_MISKIN, Set.of());

    assertThat(byCategory.sealed()).isTrue();
    assertThat(byPmks.sealed()).isTrue();
    assertThat(child.sealed()).isTrue();
    assertThat(poor.sealed()).isFalse();
    assertThat(byCategory.priorityReasons()).containsExactly(PriorityReason.KORBAN_KEKERASAN);
  }

  @Test
  void keepsEveryMoveWithWhoWhenAndWhy() {
    Need need = need(NeedCategory.IDENTITAS_HUKUM, null, Set.of());

    need.moveTo(NeedStatus.DIPROSES, "dirujuk ke Disdukcapil", NOW.plusSeconds(60), "puskesos");
    need.moveTo(NeedStatus.SELESAI, "akta kelahiran terbit", NOW.plusSeconds(120), "puskesos");

    assertThat(need.status()).isEqualTo(NeedStatus.SELESAI);
    assertThat(need.history())
        .extracting(NeedEvent::to)
        .containsExactly(NeedStatus.TERCATAT, NeedStatus.DIPROSES, NeedStatus.SELESAI);
    assertThat(need.history().get(2).note()).contains("akta kelahiran terbit");
  }

  @Test
  void refusesMovesTheStatusDoesNotAllow() {
    Need need = need(NeedCategory.EKONOMI, null, Set.of());
    need.moveTo(NeedStatus.SELESAI, null, NOW, "puskesos");

    assertThatThrownBy(() -> need.moveTo(NeedStatus.DIPROSES, null, NOW, "puskesos"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(NeedStatus.TERCATAT.canMoveTo(NeedStatus.TERCATAT)).isFalse();
    assertThat(NeedStatus.DIPROSES.next())
        .containsExactlyInAnyOrder(NeedStatus.SELESAI, NeedStatus.DIBATALKAN);
    assertThat(NeedStatus.DIBATALKAN.next()).isEmpty();
  }
}
