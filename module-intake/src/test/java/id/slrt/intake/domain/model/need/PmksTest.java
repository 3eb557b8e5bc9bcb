package id.slrt.intake.domain.model.need;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.identity.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PmksTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void hasTheTwentySixCategoriesOfPermensos08Of2012() {
    assertThat(Pmks.values()).hasSize(26);
    assertThat(Pmks.parse(" fakir_miskin ")).contains(Pmks.FAKIR_MISKIN);
    assertThat(Pmks.parse("MISKIN")).isEmpty();
  }

  @Test
  void keepsChildCategoriesForPeopleUnder18() {
    LocalDate seventeen = TODAY.minusYears(18).plusDays(1);
    LocalDate eighteen = TODAY.minusYears(18);

    assertThat(Pmks.ANAK_JALANAN.misfit(Sex.M, seventeen, TODAY)).isEmpty();
    assertThat(Pmks.ANAK_JALANAN.misfit(Sex.M, eighteen, TODAY)).contains("pmks.child");
    assertThat(Pmks.ANAK_TERLANTAR.misfit(Sex.F, eighteen, TODAY)).contains("pmks.child");
  }

  @Test
  void keepsBalitaForChildrenUnderFive() {
    assertThat(Pmks.ANAK_BALITA_TERLANTAR.misfit(Sex.F, TODAY.minusYears(4), TODAY)).isEmpty();
    assertThat(Pmks.ANAK_BALITA_TERLANTAR.misfit(Sex.F, TODAY.minusYears(5), TODAY))
        .contains("pmks.underFive");
  }

  @Test
  void keepsLanjutUsiaForSixtyAndOver() {
    assertThat(Pmks.LANJUT_USIA_TERLANTAR.misfit(Sex.M, TODAY.minusYears(60), TODAY)).isEmpty();
    assertThat(Pmks.LANJUT_USIA_TERLANTAR.misfit(Sex.M, TODAY.minusYears(60).plusDays(1), TODAY))
        .contains("pmks.elderly");
  }

  @Test
  void keepsPerempuanRawanSosialEkonomiForWomen() {
    LocalDate adult = TODAY.minusYears(40);

    assertThat(Pmks.PEREMPUAN_RAWAN_SOSIAL_EKONOMI.misfit(Sex.F, adult, TODAY)).isEmpty();
    assertThat(Pmks.PEREMPUAN_RAWAN_SOSIAL_EKONOMI.misfit(Sex.M, adult, TODAY))
        .contains("pmks.womenOnly");
    assertThat(Pmks.FAKIR_MISKIN.misfit(Sex.M, TODAY.minusYears(1), TODAY)).isEmpty();
  }
}
