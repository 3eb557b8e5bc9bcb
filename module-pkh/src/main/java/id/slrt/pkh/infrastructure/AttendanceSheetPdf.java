package id.slrt.pkh.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The printable attendance sheet of a group's P2K2 session, for the KPM's signatures: one row per
 * KPM with the recipient's name and participant number. It names the program and the session, never
 * the families' welfare status.
 */
public final class AttendanceSheetPdf {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
  private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10);
  private static final Font HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);

  private AttendanceSheetPdf() {}

  /** What the sheet shows; {@code heldOn} null leaves the date to be written by hand. */
  public record Content(
      String district,
      String groupCode,
      String facilitator,
      String module,
      String session,
      LocalDate heldOn,
      List<Row> rows) {}

  /** A KPM's line. */
  public record Row(String recipientName, String participantNumber) {}

  public static byte[] render(Content c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.addTitle("Daftar Hadir P2K2 " + c.groupCode());
    doc.addCreator("SLRT");
    writer
        .getExtraCatalog()
        .put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("id-ID"));
    doc.open();
    Paragraph title = new Paragraph("DAFTAR HADIR P2K2", TITLE);
    title.setAlignment(Element.ALIGN_CENTER);
    doc.add(title);
    Paragraph sub =
        new Paragraph("Pertemuan Peningkatan Kemampuan Keluarga — PKH " + c.district(), TEXT);
    sub.setAlignment(Element.ALIGN_CENTER);
    sub.setSpacingAfter(12);
    doc.add(sub);
    PdfPTable about = new PdfPTable(new float[] {28, 72});
    about.setWidthPercentage(100);
    about(about, "Kelompok", c.groupCode());
    about(about, "Pendamping", c.facilitator());
    about(about, "Modul", c.module());
    about(about, "Sesi", c.session());
    about(
        about, "Tanggal", c.heldOn() == null ? "........................" : DAY.format(c.heldOn()));
    about(about, "Tempat", "........................................");
    about.setSpacingAfter(12);
    doc.add(about);
    PdfPTable table = new PdfPTable(new float[] {6, 40, 26, 28});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String h : List.of("No", "Nama pengurus KPM", "No. peserta", "Tanda tangan")) {
      PdfPCell cell = new PdfPCell(new Phrase(h, HEAD));
      cell.setPadding(5);
      table.addCell(cell);
    }
    int i = 1;
    for (Row r : c.rows()) {
      cell(table, Integer.toString(i++));
      cell(table, r.recipientName() == null ? "" : r.recipientName());
      cell(table, r.participantNumber());
      cell(table, "");
    }
    doc.add(table);
    Paragraph sign = new Paragraph("\n\nPendamping PKH,\n\n\n\n" + c.facilitator(), TEXT);
    sign.setAlignment(Element.ALIGN_RIGHT);
    doc.add(sign);
    doc.close();
    return out.toByteArray();
  }

  private static void about(PdfPTable t, String label, String value) {
    PdfPCell l = new PdfPCell(new Phrase(label, TEXT));
    l.setBorder(0);
    PdfPCell v = new PdfPCell(new Phrase(": " + value, TEXT));
    v.setBorder(0);
    t.addCell(l);
    t.addCell(v);
  }

  private static void cell(PdfPTable t, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
    cell.setMinimumHeight(26);
    cell.setPadding(5);
    t.addCell(cell);
  }
}
