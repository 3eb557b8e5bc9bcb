package id.slrt.web.core.web;

import id.slrt.core.audit.AuditQuery;
import id.slrt.core.audit.AuditQuery.AuditEntry;
import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The district admin's view of the audit trail: filter by days, user and action, page by page. */
@Named("auditTrail")
@ViewScoped
public class AuditBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SIZE = 50;

  @Inject AuditQuery audit;

  private LocalDate from;
  private LocalDate to;
  private String user;
  private String action;
  private int page;
  private List<AuditEntry> items = List.of();
  private long total;

  @PostConstruct
  public void load() {
    try {
      Page<AuditEntry> found =
          audit.search(
              from == null ? null : from.toString(),
              to == null ? null : to.toString(),
              user,
              action,
              PageRequest.of(page, SIZE));
      items = found.items();
      total = found.total();
    } catch (BusinessException e) {
      Faces.refused(e, Map.of("from", "audit:from", "to", "audit:to"));
    }
  }

  public void search() {
    page = 0;
    load();
  }

  public void next() {
    if ((long) (page + 1) * SIZE < total) {
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

  public boolean isHasNext() {
    return (long) (page + 1) * SIZE < total;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public int getPageNumber() {
    return page + 1;
  }

  public List<AuditEntry> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }
}
