package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.IntakeCodes;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The queue of needs and complaints to follow until handled: fast track first, then the oldest; by
 * status (with counts), kind and desa, a page at a time; each moved on with a note, closed with its
 * outcome and the answer given to the citizen, cancelled only after a confirmation.
 */
@Named("needs")
@ViewScoped
public class NeedsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  @Inject NeedService service;
  @Inject IntakeCodes codes;

  private String status = "TERCATAT";
  private String kind;
  private String districtCode;
  private String villageCode;
  private int page;
  private List<NeedDetails> items = List.of();
  private long total;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Map<Long, String> notes = new HashMap<>();

  // closing one need: its outcome and the answer given to the citizen
  private Long closingId;
  private String outcome;
  private String answer;

  @PostConstruct
  public void load() {
    counts.clear();
    for (String s : codes.needStatuses()) {
      counts.put(s, service.search(filter(s), PageRequest.of(0, 1)).total());
    }
    var found = service.search(filter(status), PageRequest.of(page, PAGE_SIZE));
    if (found.items().isEmpty() && page > 0) {
      page = 0;
      found = service.search(filter(status), PageRequest.of(0, PAGE_SIZE));
    }
    items = found.items();
    total = found.total();
  }

  private NeedFilter filter(String forStatus) {
    return new NeedFilter(forStatus, null, null, null, villageCode, null, kind);
  }

  /** A filter changed: back to the first page. */
  public void filter() {
    page = 0;
    load();
  }

  public void districtChanged() {
    villageCode = null;
    filter();
  }

  public void next() {
    if ((long) (page + 1) * PAGE_SIZE < total) {
      page++;
      load();
    }
  }

  public void previous() {
    if (page > 0) {
      page--;
      load();
    }
  }

  public void move(long id, String to) {
    transition(id, new NeedTransition(to, notes.get(id), null, null), to);
  }

  /** Opens the closing form for a need. */
  public void startClosing(long id) {
    closingId = id;
    outcome = null;
    answer = null;
  }

  /** Closes the need being closed with its outcome and answer. */
  public void close() {
    if (closingId == null) {
      return;
    }
    if (transition(
        closingId,
        new NeedTransition("SELESAI", notes.get(closingId), outcome, answer),
        "SELESAI")) {
      closingId = null;
      PrimeFaces.current().executeScript("PF('closingDialog').hide()");
    }
  }

  private static final java.util.Map<String, String> NO_NOTE_INPUT = new java.util.HashMap<>();

  static {
    NO_NOTE_INPUT.put("note", null);
  }

  private boolean transition(long id, NeedTransition transition, String to) {
    try {
      service.move(id, transition);
      notes.remove(id);
      Faces.info(Faces.text("needs.moved", Faces.text("need.status." + to)));
      load();
      return true;
    } catch (BusinessException e) {
      // a step's note is typed on the need's card; the outcome and answer in the closing dialog
      Faces.refused(
          e, field -> Faces.text("needs.field." + field), Faces.inputsOf("closing", NO_NOTE_INPUT));
      if (!(e instanceof ValidationException)) {
        load(); // the record moved on meanwhile: show it as it is now
      }
      return false;
    }
  }

  public List<String> getStatuses() {
    return codes.needStatuses();
  }

  /** Whether a need is still open: it can be noted, processed, closed or cancelled. */
  public boolean isOpen(NeedDetails need) {
    return codes.openNeedStatuses().contains(need.status());
  }

  public List<String> getOutcomes() {
    return codes.outcomes();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null || kind.isBlank() ? null : kind;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getVillageCode() {
    return villageCode;
  }

  public void setVillageCode(String villageCode) {
    this.villageCode = villageCode;
  }

  public List<NeedDetails> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public Map<String, Long> getCounts() {
    return counts;
  }

  public int getPageNumber() {
    return page + 1;
  }

  public long getPages() {
    return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < total;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public Long getClosingId() {
    return closingId;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
