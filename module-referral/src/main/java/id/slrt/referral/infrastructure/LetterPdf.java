package id.slrt.referral.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A referral letter (surat rujukan) on A4, in Bahasa Indonesia as the district's letters are: the
 * letterhead, the number, the agency it is addressed to, the person (only what the service needs),
 * the service and its documents to bring, the due date, the place and day of signing, the
 * signatory, and a QR code leading to the verification page. Made with OpenPDF's standard fonts, so
 * nothing is loaded from outside the application.
 */
public final class LetterPdf {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
  private static final Font AUTHORITY = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font OFFICE = new Font(Font.HELVETICA, 15, Font.BOLD);
  private static final Font SMALL = new Font(Font.HELVETICA, 9);
  private static final Font TEXT = new Font(Font.HELVETICA, 11);
  private static final Font BOLD = new Font(Font.HELVETICA, 11, Font.BOLD);
  private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD | Font.UNDERLINE);

  private LetterPdf() {}

  /** What a letter says; {@code nik} null while the person is not yet matched with Dukcapil. */
  public record Content(
      String authority,
      String office,
      String address,
      String place,
      String number,
      LocalDate issuedOn,
      String agency,
      String personName,
      String nik,
      String personAddress,
      String phone,
      String serviceName,
      boolean fastTrack,
      String reason,
      List<String> documents,
      LocalDate dueDate,
      String signatoryTitle,
      String signatoryName,
      String signatoryNip,
      String verifyUrl) {}

  public static byte[] render(Content c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 64, 56, 48, 48);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.addTitle("Surat Rujukan " + c.number());
    doc.addCreator("SLRT");
    writer
        .getExtraCatalog()
        .put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("id-ID"));
    doc.open();
    letterhead(doc, c);
    Paragraph title = new Paragraph("SURAT RUJUKAN", TITLE);
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingBefore(10);
    doc.add(title);
    Paragraph number = new Paragraph("Nomor: " + c.number(), TEXT);
    number.setAlignment(Element.ALIGN_CENTER);
    number.setSpacingAfter(14);
    doc.add(number);
    doc.add(new Paragraph("Kepada Yth.", TEXT));
    doc.add(new Paragraph(c.agency(), BOLD));
    Paragraph at = new Paragraph("di tempat", TEXT);
    at.setSpacingAfter(10);
    doc.add(at);
    doc.add(new Paragraph("Dengan hormat,", TEXT));
    Paragraph intro =
        new Paragraph(
            "Melalui Sistem Layanan Rujukan Terpadu (SLRT), bersama ini kami rujuk warga berikut"
                + " untuk mendapatkan layanan:",
            TEXT);
    intro.setSpacingAfter(6);
    doc.add(intro);
    PdfPTable who = new PdfPTable(new float[] {32, 68});
    who.setWidthPercentage(100);
    row(who, "Nama", c.personName());
    row(who, "NIK", c.nik() == null ? "Belum padan dengan data Dukcapil" : c.nik());
    row(who, "Alamat", c.personAddress());
    if (c.phone() != null) {
      row(who, "Telepon", c.phone());
    }
    row(who, "Layanan", c.serviceName() + (c.fastTrack() ? " (jalur cepat)" : ""));
    if (c.reason() != null) {
      row(who, "Keterangan", c.reason());
    }
    row(who, "Batas waktu penanganan", DAY.format(c.dueDate()));
    who.setSpacingAfter(8);
    doc.add(who);
    if (!c.documents().isEmpty()) {
      doc.add(new Paragraph("Dokumen yang perlu dibawa:", TEXT));
      int i = 1;
      for (String d : c.documents()) {
        Paragraph item = new Paragraph((i++) + ". " + d, TEXT);
        item.setIndentationLeft(14);
        doc.add(item);
      }
    }
    Paragraph close =
        new Paragraph(
            "Mohon kiranya dapat diberikan layanan sesuai ketentuan yang berlaku. Atas perhatian"
                + " dan kerja samanya kami ucapkan terima kasih.",
            TEXT);
    close.setSpacingBefore(8);
    doc.add(close);
    signature(doc, writer, c);
    doc.close();
    return out.toByteArray();
  }

  private static void letterhead(Document doc, Content c) {
    Paragraph authority = new Paragraph(c.authority(), AUTHORITY);
    authority.setAlignment(Element.ALIGN_CENTER);
    doc.add(authority);
    Paragraph office = new Paragraph(c.office(), OFFICE);
    office.setAlignment(Element.ALIGN_CENTER);
    doc.add(office);
    if (c.address() != null) {
      Paragraph address = new Paragraph(c.address(), SMALL);
      address.setAlignment(Element.ALIGN_CENTER);
      doc.add(address);
    }
    LineSeparator line = new LineSeparator(1.5f, 100, null, Element.ALIGN_CENTER, -4);
    doc.add(line);
    doc.add(new Paragraph(" ", SMALL));
  }

  private static void row(PdfPTable table, String label, String value) {
    table.addCell(cell(label, TEXT));
    table.addCell(cell(": " + value, TEXT));
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPaddingBottom(3);
    return cell;
  }

  /** The QR code on the left, the place, day, title, name and NIP of the signatory on the right. */
  private static void signature(Document doc, PdfWriter writer, Content c) {
    PdfPTable table = new PdfPTable(new float[] {45, 55});
    table.setWidthPercentage(100);
    table.setSpacingBefore(18);
    PdfPCell qr = new PdfPCell();
    qr.setBorder(Rectangle.NO_BORDER);
    Image code = qrCode(writer, c.verifyUrl(), 96);
    qr.addElement(code);
    qr.addElement(new Paragraph("Pindai untuk memeriksa keaslian surat ini", SMALL));
    table.addCell(qr);
    PdfPCell sign = new PdfPCell();
    sign.setBorder(Rectangle.NO_BORDER);
    sign.addElement(new Paragraph(c.place() + ", " + DAY.format(c.issuedOn()), TEXT));
    sign.addElement(new Paragraph(c.signatoryTitle(), TEXT));
    Paragraph name = new Paragraph(c.signatoryName(), BOLD);
    name.setSpacingBefore(48);
    sign.addElement(name);
    if (c.signatoryNip() != null) {
      sign.addElement(new Paragraph("NIP " + c.signatoryNip(), TEXT));
    }
    table.addCell(sign);
    doc.add(table);
  }

  /** The QR code of {@code text} drawn as squares, sharp at any zoom, {@code size} points wide. */
  private static Image qrCode(PdfWriter writer, String text, float size) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode the verification address", e);
    }
    int n = matrix.getWidth();
    float module = size / n;
    PdfContentByte cb = writer.getDirectContent();
    PdfTemplate template = cb.createTemplate(size, size);
    template.setRGBColorFill(0, 0, 0);
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (matrix.get(x, y)) {
          template.rectangle(x * module, size - (y + 1) * module, module, module);
        }
      }
    }
    template.fill();
    try {
      return Image.getInstance(template);
    } catch (com.lowagie.text.BadElementException e) {
      throw new IllegalStateException(e);
    }
  }
}
