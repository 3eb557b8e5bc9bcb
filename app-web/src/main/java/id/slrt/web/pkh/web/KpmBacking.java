package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.PageRequest;
import id.slrt.pkh.api.ComplementarityDetails;
import id.slrt.pkh.api.ComplementarityService;
import id.slrt.pkh.api.GroupDetails;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmFilter;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.PkhAccess;
import id.slrt.pkh.api.ReferGap;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The KPM the user sees, by group and status; one KPM with its components, warnings and the other
 * programs the family receives, its gaps referred in one tap by its facilitator.
 */
@Named("pkhKpm")
@ViewScoped
public class KpmBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject KpmService kpm;
  @Inject ComplementarityService complementarity;
  @Inject PkhAccess pkhAccess;

  private String groupCode;
  private String status = "AKTIF";
  private List<GroupDetails> groups = List.of();
  private List<KpmDetails> items = List.of();
  private long total;
  private KpmDetails selected;
  private ComplementarityDetails programs;

  @PostConstruct
  public void init() {
    groups = kpm.groups();
    load();
  }

  public void load() {
    var page = kpm.search(new KpmFilter(groupCode, status), PageRequest.of("0", "200"));
    items = page.items();
    total = page.total();
  }

  public void select(String number) {
    selected = kpm.get(number);
    programs = complementarity.of(number);
  }

  public void back() {
    selected = null;
    programs = null;
  }

  /** Only the KPM's facilitator refers its gaps. */
  public boolean isFacilitator() {
    return pkhAccess.mayReferGaps();
  }

  public void refer(String program, long personId) {
    try {
      programs =
          complementarity.referGap(selected.participantNumber(), new ReferGap(program, personId));
      Faces.info(Faces.text("pkh.kpm.referred"));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  public String getGroupCode() {
    return groupCode;
  }

  public void setGroupCode(String groupCode) {
    this.groupCode = groupCode;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<GroupDetails> getGroups() {
    return groups;
  }

  public List<KpmDetails> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public KpmDetails getSelected() {
    return selected;
  }

  public ComplementarityDetails getPrograms() {
    return programs;
  }
}
