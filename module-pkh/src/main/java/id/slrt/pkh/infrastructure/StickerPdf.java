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
import java.util.List;

/**
 * The stickers of a group's KPM houses, six to an A4 page to cut out: the district's neutral text,
 * the district and the participant number. No name and nothing of the family's welfare: the
 * neighbours read it.
 */
public final class StickerPdf {
  private static final Font TEXT = new Font(Font.HELVETICA, 14, Font.BOLD);
  private static final Font SMALL = new Font(Font.HELVETICA, 10);

  private StickerPdf() {}

  public static byte[] render(String text, String district, List<String> participantNumbers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 28, 28, 28, 28);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.addTitle("Stiker KPM PKH");
    doc.addCreator("SLRT");
    writer
        .getExtraCatalog()
        .put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("id-ID"));
    doc.open();
    PdfPTable table = new PdfPTable(2);
    table.setWidthPercentage(100);
    for (String number : participantNumbers) {
      PdfPCell cell = new PdfPCell();
      cell.setFixedHeight(250);
      cell.setPadding(16);
      cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
      Paragraph p = new Paragraph(text, TEXT);
      p.setAlignment(Element.ALIGN_CENTER);
      cell.addElement(p);
      Paragraph d = new Paragraph("\n" + district + "\nNo. peserta " + number, SMALL);
      d.setAlignment(Element.ALIGN_CENTER);
      cell.addElement(d);
      table.addCell(cell);
    }
    if (participantNumbers.size() % 2 == 1) {
      table.addCell(new PdfPCell(new Phrase("")));
    }
    if (participantNumbers.isEmpty()) {
      doc.add(new Paragraph("Kelompok ini belum punya KPM aktif.", SMALL));
    } else {
      doc.add(table);
    }
    doc.close();
    return out.toByteArray();
  }
}
