package id.slrt.pkh.domain.model.complementarity;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.pkh.domain.model.complementarity.Complementarity.Gap;
import id.slrt.pkh.domain.model.complementarity.Complementarity.Member;
import id.slrt.pkh.domain.model.complementarity.Complementarity.Receipt;
import id.slrt.pkh.domain.model.kpm.Component;
import id.slrt.pkh.domain.model.kpm.MemberComponent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplementarityTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final List<Member> FAMILY =
      List.of(new Member(1, "Siti"), new Member(2, "Budi"), new Member(3, "Ani"));

  @Test
  void aFamilyLacksFoodAidEachMemberHealthInsuranceAndEachPupilSchoolAid() {
    List<MemberComponent> components =
        List.of(
            new MemberComponent(2L, Component.ANAK_SMP, LocalDate.of(2024, 7, 1), null),
            // Ani finished SD last year: no school component in force, no KIP expected
            new MemberComponent(
                3L, Component.ANAK_SD, LocalDate.of(2019, 7, 1), LocalDate.of(2025, 6, 30)));
    List<Gap> gaps =
        Complementarity.gaps(
            FAMILY,
            1,
            components,
            List.of(new Receipt("KIS_PBI", 1L), new Receipt("PKH", null)),
            TODAY);
    assertThat(gaps)
        .extracting(g -> g.program() + ">" + g.serviceCode() + ":" + g.personName())
        .containsExactly("BPNT>BPNT:Siti", "KIS_PBI>KIS:Budi", "KIS_PBI>KIS:Ani", "KIP>KIP:Budi");
  }

  @Test
  void aFamilyWithEverythingHasNoGap() {
    List<Gap> gaps =
        Complementarity.gaps(
            FAMILY.subList(0, 2),
            1,
            List.of(new MemberComponent(2L, Component.ANAK_SMA, LocalDate.of(2025, 7, 1), null)),
            List.of(
                new Receipt("BPNT", null),
                new Receipt("KIS_PBI", 1L),
                new Receipt("KIS_PBI", 2L),
                new Receipt("KIP", 2L)),
            TODAY);
    assertThat(gaps).isEmpty();
  }
}
