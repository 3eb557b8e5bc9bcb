package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.CurrentUser;
import id.slrt.pkh.api.GraduationDetails;
import id.slrt.pkh.api.GraduationService;
import id.slrt.pkh.api.GraduationTransition;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.PkhAccess;
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
 * Graduation proposals by status, each with its evidence; a PKH coordinator approves or refuses
 * them (a refusal with its reason); the natural graduation candidates of the KPM the user sees.
 */
@Named("pkhGraduations")
@ViewScoped
public class GraduationsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GraduationService graduations;
  @Inject CurrentUser currentUser;
  @Inject PkhAccess pkhAccess;

  private String status = "DIUSULKAN";
  private List<GraduationDetails> items = List.of();
  private List<KpmDetails> candidates = List.of();
  private long total;
  private final Map<Long, String> notes = new HashMap<>();

  @PostConstruct
  public void load() {
    var page = graduations.search(status, PageRequest.of(0, 100));
    items = page.items();
    total = page.total();
    candidates = graduations.naturalCandidates();
  }

  /** Whether the user decides proposals (a coordinator, not the proposal's author). */
  public boolean mayDecide(GraduationDetails g) {
    return pkhAccess.mayDecideGraduations()
        && "DIUSULKAN".equals(g.status())
        && !currentUser.username().equals(g.proposedBy());
  }

  public void decide(long id, String to) {
    try {
      graduations.decide(id, new GraduationTransition(to, notes.get(id)));
      notes.remove(id);
      Faces.info(Faces.text("pkh.graduations.decided", Faces.text("pkh.graduation.status." + to)));
      load();
    } catch (BusinessException e) {
      Faces.refused(e, field -> Faces.text("pkh.graduations.note"), field -> null);
      if (!(e instanceof ValidationException)) {
        load();
      }
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<GraduationDetails> getItems() {
    return items;
  }

  public List<KpmDetails> getCandidates() {
    return candidates;
  }

  public long getTotal() {
    return total;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
