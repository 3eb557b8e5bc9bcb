package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.NeedDetails;
import id.slrt.intake.api.NeedFilter;
import id.slrt.intake.api.NeedService;
import id.slrt.intake.api.NeedTransition;
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
 * The queue of needs and complaints to follow until handled: fast track first, then the oldest;
 * each moved on with a note (handled, cancelled...).
 */
@Named("needs")
@ViewScoped
public class NeedsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject NeedService service;

  private String status = "TERCATAT";
  private List<NeedDetails> items = List.of();
  private long total;
  private final Map<Long, String> notes = new HashMap<>();

  @PostConstruct
  public void load() {
    var page =
        service.search(
            new NeedFilter(status, null, null, null, null, null), PageRequest.of(0, 100));
    items = page.items();
    total = page.total();
  }

  public void move(long id, String to) {
    try {
      service.move(id, new NeedTransition(to, notes.get(id)));
      notes.remove(id);
      Faces.info(Faces.text("needs.moved", Faces.text("need.status." + to)));
      load();
    } catch (BusinessException e) {
      Faces.refused(e, field -> Faces.text("needs.note"));
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

  public List<NeedDetails> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
