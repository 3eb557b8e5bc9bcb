package id.slrt.intake.domain.model.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which civil documents a person is expected to hold, and so which are missing. */
class IdentityDocumentTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void aChildNeedsABirthCertificateAndAKiaAnAdultAKtpEl() {
    assertThat(IdentityDocument.expectedFor(LocalDate.of(2015, 1, 1), null, TODAY))
        .containsExactlyInAnyOrder(IdentityDocument.AKTA_KELAHIRAN, IdentityDocument.KIA);
    // seventeen on the day: a KTP-el, no longer a KIA
    assertThat(IdentityDocument.expectedFor(TODAY.minusYears(17), null, TODAY))
        .containsExactlyInAnyOrder(IdentityDocument.AKTA_KELAHIRAN, IdentityDocument.KTP_EL);
  }

  @Test
  void marriageBringsAKtpElAndAMarriageBookDivorceADivorceCertificate() {
    assertThat(IdentityDocument.expectedFor(LocalDate.of(2010, 5, 1), MaritalStatus.KAWIN, TODAY))
        .containsExactlyInAnyOrder(
            IdentityDocument.AKTA_KELAHIRAN, IdentityDocument.KTP_EL, IdentityDocument.BUKU_NIKAH);
    assertThat(
            IdentityDocument.expectedFor(
                LocalDate.of(1980, 5, 1), MaritalStatus.CERAI_HIDUP, TODAY))
        .contains(IdentityDocument.AKTA_CERAI);
    assertThat(
            IdentityDocument.expectedFor(LocalDate.of(1980, 5, 1), MaritalStatus.CERAI_MATI, TODAY))
        .doesNotContain(IdentityDocument.AKTA_CERAI)
        .contains(IdentityDocument.BUKU_NIKAH);
  }
}
