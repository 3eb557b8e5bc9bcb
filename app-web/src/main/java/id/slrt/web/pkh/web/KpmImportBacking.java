package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.PageRequest;
import id.slrt.pkh.api.KpmImportDetails;
import id.slrt.pkh.api.KpmImportService;
import id.slrt.pkh.api.KpmRejectedRow;
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
 * The KPM list import: upload the district's existing list, watch it being imported, see the
 * refused rows and download them to fix; earlier imports below.
 */
@Named("kpmImports")
@ViewScoped
public class KpmImportBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int REJECTS_SHOWN = 50;

  @Inject KpmImportService service;

  private KpmImportDetails current;
  private List<KpmRejectedRow> rejects = List.of();
  private long rejectsTotal;
  private List<KpmImportDetails> history = List.of();

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
    refresh();
  }

  private void loadHistory() {
    history = service.list(PageRequest.of(0, 20), Faces.locale()).items();
  }

  public boolean isRunning() {
    return current != null && current.running();
  }

  public KpmImportDetails getCurrent() {
    return current;
  }

  public List<KpmRejectedRow> getRejects() {
    return rejects;
  }

  public long getRejectsTotal() {
    return rejectsTotal;
  }

  public boolean isRejectsCut() {
    return rejectsTotal > REJECTS_SHOWN;
  }

  public int getRejectsShown() {
    return REJECTS_SHOWN;
  }

  public List<KpmImportDetails> getHistory() {
    return history;
  }

  /** The header row of the format, to copy into a spreadsheet. */
  public String getHeaderRow() {
    return String.join(";", service.columns());
  }

  /** Every column with what it holds; the component columns once for the six pairs. */
  public List<ColumnGuide> getColumnGuide() {
    return service.columns().stream()
        .filter(c -> !c.matches(".*komponen_[2-9]"))
        .map(
            c -> {
              String key = c.replaceAll("_1$", "");
              return new ColumnGuide(
                  c.endsWith("_1") ? key + "_1 … " + key + "_6" : c,
                  service.requiredColumns().contains(c),
                  Faces.text("pkh.kpmImport.column." + key));
            })
        .toList();
  }

  /** One column of the import file: whether required and what it holds. */
  public record ColumnGuide(String column, boolean required, String holds) {}
}
