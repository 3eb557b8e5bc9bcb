package id.slrt.referral.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterPdfTest {
  @Test
  void theLetterSaysWhatTheAgencyNeedsAndWhoSigns() throws IOException {
    byte[] pdf =
        LetterPdf.render(
            new LetterPdf.Content(
                "PEMERINTAH KABUPATEN KARAWANG",
                "DINAS SOSIAL",
                "Jl. Ahmad Yani No. 1, Karawang",
                "Karawang",
                "007/RUJ-SLRT/XII/2026",
                LocalDate.of(2026, 12, 4),
                "Dinas Kependudukan dan Pencatatan Sipil",
                "Siti Juariah",
                null,
                "Kp. Cibeureum RT 02 RW 03, Anggadita, Klari",
                "081234567890",
                "Akta kelahiran",
                true,
                "Anak belum punya akta",
                List.of("Surat keterangan lahir", "KK orang tua"),
                LocalDate.of(2026, 12, 11),
                "Kepala Bidang Perlindungan dan Jaminan Sosial",
                "Drs. H. Asep Saepudin",
                "197001011995031002",
                "https://slrt.example.go.id/slrt/cek-surat.xhtml?d=karawang&k=" + "a".repeat(26)));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(reader.getNumberOfPages()).isEqualTo(1);
    assertThat(text)
        .contains("PEMERINTAH KABUPATEN KARAWANG")
        .contains("SURAT RUJUKAN")
        .contains("Nomor: 007/RUJ-SLRT/XII/2026")
        .contains("Dinas Kependudukan dan Pencatatan Sipil")
        .contains("Siti Juariah")
        .contains("Belum padan")
        .contains("Akta kelahiran (jalur cepat)")
        .contains("11 Desember 2026")
        .contains("Surat keterangan lahir")
        .contains("Karawang, 4 Desember 2026")
        .contains("Drs. H. Asep Saepudin")
        .contains("NIP 197001011995031002")
        .doesNotContainIgnoringCase("miskin")
        .doesNotContainIgnoringCase("desil");
    reader.close();
  }
}
