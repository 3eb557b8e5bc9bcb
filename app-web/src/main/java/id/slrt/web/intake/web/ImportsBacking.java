package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.ImportDetails;
import id.slrt.intake.api.ImportService;
import id.slrt.intake.api.IntakeCodes;
import id.slrt.intake.api.RejectedRow;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The DTKS/DTSEN import screen: upload a file, watch it being checked and imported, see the refused
 * rows and download them to fix; earlier imports below.
 */
@Named("imports")
@ViewScoped
public class ImportsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int REJECTS_SHOWN = 50;

  @Inject ImportService service;
  @Inject IntakeCodes codes;

  private ImportDetails current;
  private List<RejectedRow> rejects = List.of();
  private long rejectsTotal;
  private List<ImportDetails> history = List.of();

  @PostConstruct
  void init() {
    loadHistory();
  }

  public void upload(FileUploadEvent event) {
    try (InputStream in = event.getFile().getInputStream()) {
      current = service.start(event.getFile().getFileName(), in, Faces.locale());
      rejects = List.of();
      rejectsTotal = 0;
      loadHistory();
    } catch (BusinessException e) {
      Faces.refused(e, field -> null, field -> null);
    } catch (IOException e) {
      Faces.error(null, Faces.text("import.uploadFailed"));
    }
  }

  /** Called by the poll while the import runs, and once more when it ends. */
  public void refresh() {
    if (current == null) {
      return;
    }
    current = service.get(current.id(), Faces.locale());
    if (!current.running()) {
      var page = service.rejects(current.id(), PageRequest.of(0, REJECTS_SHOWN), Faces.locale());
      rejects = page.items();
      rejectsTotal = page.total();
      loadHistory();
    }
  }

  public void show(long id) {
    current = service.get(id, Faces.locale());
    rejects = List.of();
    rejectsTotal = 0;
    refresh();
  }

  private void loadHistory() {
    history = service.list(PageRequest.of(0, 20), Faces.locale()).items();
  }

  public boolean isRunning() {
    return current != null && current.running();
  }

  public ImportDetails getCurrent() {
    return current;
  }

  public List<RejectedRow> getRejects() {
    return rejects;
  }

  public long getRejectsTotal() {
    return rejectsTotal;
  }

  public List<ImportDetails> getHistory() {
    return history;
  }

  /** The header row of the format, to copy into a spreadsheet. */
  public String getHeaderRow() {
    return String.join(";", ImportService.COLUMNS);
  }

  /** Whether the page shows only the first of the refused rows (the file holds them all). */
  public boolean isRejectsCut() {
    return getRejectsTotal() > REJECTS_SHOWN;
  }

  public int getRejectsShown() {
    return REJECTS_SHOWN;
  }

  /** Every column with what it may hold: the codes of the code columns with their labels. */
  public List<ColumnGuide> getColumnGuide() {
    List<ColumnGuide> guide = new java.util.ArrayList<>();
    for (String column : ImportService.COLUMNS) {
      List<String> values =
          switch (column) {
            case "hubungan" -> labelled(codes.relationships(), "relationship.");
            case "pendidikan" -> labelled(codes.educations(), "education.");
            case "disabilitas" -> labelled(codes.disabilities(), "disability.");
            case "status_kawin" -> labelled(codes.maritalStatuses(), "maritalStatus.");
            case "alasan_pkk" -> labelled(codes.femaleHeadReasons(), "femaleHeadReason.");
            default -> List.of();
          };
      guide.add(
          new ColumnGuide(
              column,
              ImportService.REQUIRED_COLUMNS.contains(column),
              Faces.text("import.column." + column),
              values));
    }
    return guide;
  }

  private static List<String> labelled(List<String> codes, String prefix) {
    return codes.stream().map(c -> c + " (" + Faces.text(prefix + c) + ")").toList();
  }

  /** One column of the import file: whether required, what it holds, its codes if any. */
  public record ColumnGuide(String column, boolean required, String holds, List<String> codes) {}

  public String getRequiredColumns() {
    return String.join(", ", ImportService.REQUIRED_COLUMNS);
  }
}
