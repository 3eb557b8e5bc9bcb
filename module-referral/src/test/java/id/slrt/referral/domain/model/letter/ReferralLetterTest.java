package id.slrt.referral.domain.model.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferralLetterTest {
  private static final Instant AT = Instant.parse("2026-12-04T03:00:00Z");

  private static Signatory manager() {
    Signatory s = new Signatory("PUSKESOS-ANGGADITA");
    FieldErrors errors = new FieldErrors();
    s.name("manajer", "Hj. Euis Kurniasih", "Manajer Puskesos", "198003152005012003", errors);
    assertThat(errors.isEmpty()).isTrue();
    return s;
  }

  private static ReferralLetter.Issue issue(String by) {
    return new ReferralLetter.Issue(
        "001/RUJ-SLRT/XII/2026",
        2026,
        1,
        LocalDate.of(2026, 12, 4),
        AT,
        by,
        manager(),
        "k".repeat(26));
  }

  @Test
  void withoutTheDecisionStepALetterIsIssuedAtItsFirstPrint() {
    ReferralLetter letter = ReferralLetter.issued(5, "PUSKESOS-ANGGADITA", issue("petugas"));
    assertThat(letter.status()).isEqualTo(LetterStatus.TERBIT);
    assertThat(letter.number()).isEqualTo("001/RUJ-SLRT/XII/2026");
    assertThat(letter.signatoryName()).isEqualTo("Hj. Euis Kurniasih");
    assertThat(letter.signatoryNip()).isEqualTo("198003152005012003");
    assertThat(letter.verifyKey()).hasSize(26);
  }

  @Test
  void theSignatoryDecidesOnARecommendationOfSomeoneElse() {
    ReferralLetter letter =
        ReferralLetter.recommended(5, "PUSKESOS-ANGGADITA", "Dokumen lengkap", AT, "petugas");
    assertThat(letter.status()).isEqualTo(LetterStatus.DIREKOMENDASIKAN);
    assertThat(letter.number()).isNull();
    assertThat(letter.mayDecide("manajer", manager())).isTrue();
    assertThat(letter.mayDecide("petugas", manager())).isFalse();
    assertThatThrownBy(() -> letter.checkDecider("lain", manager()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("letter.notSignatory");
    assertThatThrownBy(() -> letter.checkDecider("manajer", null))
        .isInstanceOf(AccessDeniedException.class);

    letter.checkDecider("manajer", manager());
    letter.approve("Setuju", issue("manajer"));
    assertThat(letter.status()).isEqualTo(LetterStatus.TERBIT);
    assertThat(letter.decidedBy()).isEqualTo("manajer");
    assertThat(letter.number()).isEqualTo("001/RUJ-SLRT/XII/2026");
    assertThatThrownBy(() -> letter.checkDecider("manajer", manager()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("letter.notAwaitingDecision");
    assertThatThrownBy(() -> letter.recommendAgain("PUSKESOS-ANGGADITA", null, AT, "petugas"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void theSignatoryMayNotDecideOnTheirOwnRecommendation() {
    ReferralLetter letter =
        ReferralLetter.recommended(5, "PUSKESOS-ANGGADITA", null, AT, "manajer");
    assertThatThrownBy(() -> letter.checkDecider("manajer", manager()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("letter.ownRecommendation");
  }

  @Test
  void aRefusalSaysWhyAndTheLetterMayBeRecommendedAgain() {
    ReferralLetter letter =
        ReferralLetter.recommended(5, "PUSKESOS-ANGGADITA", null, AT, "petugas");
    assertThatThrownBy(() -> letter.refuse(null, AT, "manajer"))
        .isInstanceOf(ValidationException.class);
    assertThat(letter.status()).isEqualTo(LetterStatus.DIREKOMENDASIKAN);
    letter.refuse("KK belum dilampirkan", AT, "manajer");
    assertThat(letter.status()).isEqualTo(LetterStatus.DITOLAK);
    assertThat(letter.decisionNote()).isEqualTo("KK belum dilampirkan");
    assertThat(letter.isIssued()).isFalse();

    letter.recommendAgain("PUSKESOS-ANGGADITA", "KK sudah ada", AT, "petugas");
    assertThat(letter.status()).isEqualTo(LetterStatus.DIREKOMENDASIKAN);
    assertThat(letter.decidedBy()).isNull();
    assertThat(letter.recommendation()).isEqualTo("KK sudah ada");
  }

  @Test
  void aRecommendedLetterIsIssuedAtItsPrintOnceTheDistrictDropsTheDecisionStep() {
    ReferralLetter letter =
        ReferralLetter.recommended(5, "PUSKESOS-ANGGADITA", null, AT, "petugas");
    letter.issueWithoutDecision(issue("petugas"));
    assertThat(letter.status()).isEqualTo(LetterStatus.TERBIT);
    assertThat(letter.verifyKey()).hasSize(26);
    assertThatThrownBy(() -> letter.issueWithoutDecision(issue("petugas")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aSignatorysNipHasEighteenDigits() {
    FieldErrors errors = new FieldErrors();
    new Signatory("X").name("u", "Nama", "Jabatan", "1980 0315 2005", errors);
    assertThat(errors.list()).extracting(e -> e.field()).containsExactly("nip");
    FieldErrors missing = new FieldErrors();
    new Signatory("X").name(null, null, null, null, missing);
    assertThat(missing.list())
        .extracting(e -> e.field())
        .containsExactly("username", "name", "title");
  }
}
