package id.slrt.web.p2tp2a.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.ViolenceCaseService;
import id.slrt.referral.api.ViolenceCaseSummary;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A case manager's desk: the new hand-overs from Puskesos and KLIK no one has taken yet (where and
 * when, never who), and the manager's own cases (a P2TP2A head's: all), by status.
 */
@Named("violenceCases")
@ViewScoped
public class CasesBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject ViolenceCaseService service;

  private String status;
  private List<ViolenceCaseSummary> handOvers = List.of();
  private List<ViolenceCaseSummary> cases = List.of();
  private long total;

  @PostConstruct
  public void init() {
    load();
  }

  public void load() {
    handOvers = service.handOvers(PageRequest.of(0, SHOWN)).items();
    var page = service.list(status, PageRequest.of(0, SHOWN));
    cases = page.items();
    total = page.total();
  }

  /** Takes a hand-over and opens it. */
  public String take(ViolenceCaseSummary c) {
    try {
      service.take(c.id());
      return "/app/p2tp2a/case?faces-redirect=true&id=" + c.id();
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
      load();
      return null;
    }
  }

  public List<String> getStatuses() {
    return service.codes().statuses();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() ? null : status;
  }

  public List<ViolenceCaseSummary> getHandOvers() {
    return handOvers;
  }

  public List<ViolenceCaseSummary> getCases() {
    return cases;
  }

  public long getTotal() {
    return total;
  }
}
