package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.ReferralCodes;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralFilter;
import id.slrt.referral.api.ReferralService;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The referrals of the reader's place (the district admin: the district), the oldest due first: by
 * status, overdue only, or one person's by NIK; a page at a time. The agency's inbox is the same
 * list of its own open referrals, and the escalation list the open referrals raised to the reader's
 * level of the district's chain (the view decides which).
 */
@Named("referralList")
@ViewScoped
public class ReferralListBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  @Inject ReferralService referrals;
  @Inject ReferralCodes codes;

  private boolean inbox;
  private boolean escalations;
  private String status;
  private boolean overdue;
  private String nik;
  private int page;
  private List<ReferralDetails> items = List.of();
  private long total;
  private boolean totalExact = true;

  @PostConstruct
  public void init() {
    String view = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getViewId();
    inbox = view.endsWith("/inbox.xhtml");
    escalations = view.endsWith("/escalations.xhtml");
    load();
  }

  public void load() {
    try {
      Page<ReferralDetails> found = fetch(PageRequest.of(page, PAGE_SIZE));
      if (found.items().isEmpty() && page > 0) {
        page = 0;
        found = fetch(PageRequest.of(0, PAGE_SIZE));
      }
      items = found.items();
      total = found.total();
      totalExact = !Boolean.FALSE.equals(found.totalExact());
    } catch (BusinessException e) {
      items = List.of();
      total = 0;
      Faces.refused(
          e, field -> Faces.text("referrals.field." + field), Faces.inputsOf("list", Map.of()));
    }
  }

  private Page<ReferralDetails> fetch(PageRequest request) {
    if (inbox) {
      return referrals.inbox(request);
    }
    return escalations
        ? referrals.escalations(request)
        : referrals.search(
            new ReferralFilter(status, null, overdue ? "true" : null, nik, null, null), request);
  }

  public void filter() {
    page = 0;
    load();
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

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < total;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public int getPageNumber() {
    return page + 1;
  }

  public long getPages() {
    return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public List<String> getStatuses() {
    return codes.statuses();
  }

  public boolean isInbox() {
    return inbox;
  }

  public boolean isEscalations() {
    return escalations;
  }

  /** What the list says when it is empty. */
  public String getNoneKey() {
    return inbox ? "inbox.none" : escalations ? "escalations.none" : "referrals.none";
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() ? null : status;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public String getNik() {
    return nik;
  }

  public void setNik(String nik) {
    this.nik = nik;
  }

  public List<ReferralDetails> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  /** False when the list counted only up to its cap: the total reads "more than". */
  public boolean isTotalExact() {
    return totalExact;
  }
}
