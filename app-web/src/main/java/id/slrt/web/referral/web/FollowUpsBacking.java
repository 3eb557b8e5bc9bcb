package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.ConferenceService;
import id.slrt.referral.api.FollowUpDetails;
import id.slrt.referral.api.FollowUpDone;
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
 * The reader's own follow-ups (RTL) from case conferences, the earliest due first, each marked done
 * with a note of what was done; the done ones on request.
 */
@Named("followUps")
@ViewScoped
public class FollowUpsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ConferenceService service;

  private boolean all;
  private List<FollowUpDetails> items = List.of();
  private final Map<Long, String> notes = new HashMap<>();

  @PostConstruct
  public void init() {
    load();
  }

  private void load() {
    items = service.myFollowUps(all, PageRequest.of(0, 100)).items();
  }

  public void done(FollowUpDetails f) {
    try {
      service.done(f.id(), new FollowUpDone(notes.get(f.id())));
      notes.remove(f.id());
      Faces.info(Faces.text("followUps.marked", f.action()));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
    load();
  }

  public void toggleAll() {
    all = !all;
    load();
  }

  public boolean isAll() {
    return all;
  }

  public List<FollowUpDetails> getItems() {
    return items;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
