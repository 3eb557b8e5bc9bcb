package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.ProposalDetails;
import id.slrt.intake.api.ProposalTransition;
import id.slrt.intake.api.VerivaliService;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verivali proposals to review: by status, each with its evidence; the district admin verifies
 * or refuses them with a note and marks them sent once entered into SIKS-NG; the list downloads as
 * CSV for the SIKS-NG operator.
 */
@Named("verivaliReview")
@ViewScoped
public class VerivaliBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject VerivaliService verivali;

  private String status = "DIUSULKAN";
  private List<ProposalDetails> items = List.of();
  private long total;
  private final Map<Long, String> notes = new HashMap<>();

  @PostConstruct
  public void load() {
    var page = verivali.search(status, null, null, PageRequest.of(0, 100));
    items = page.items();
    total = page.total();
  }

  public void move(long id, String to) {
    try {
      verivali.move(id, new ProposalTransition(to, notes.get(id)));
      notes.remove(id);
      Faces.info(Faces.text("verivaliReview.moved", Faces.text("verivali.status." + to)));
      load();
    } catch (BusinessException e) {
      // the note is typed on the proposal's own card: the message says which field
      Faces.refused(e, field -> Faces.text("needs.note"), field -> null);
      if (!(e instanceof ValidationException)) {
        load(); // the record moved on meanwhile: show it as it is now
      }
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<ProposalDetails> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
