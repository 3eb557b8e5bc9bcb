package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.HouseholdQuery;
import id.slrt.intake.api.HouseholdService;
import id.slrt.pkh.api.ComplementarityDetails;
import id.slrt.pkh.api.ComplementarityService;
import id.slrt.pkh.api.EnrolKpm;
import id.slrt.pkh.api.GroupDetails;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmFilter;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.PkhAccess;
import id.slrt.pkh.api.ReferGap;
import id.slrt.pkh.api.StickerService;
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
  @Inject HouseholdService households;
  @Inject StickerService stickers;

  private String groupCode;
  private String status = "AKTIF";
  private List<GroupDetails> groups = List.of();
  private List<KpmDetails> items = List.of();
  private long total;
  private KpmDetails selected;
  private ComplementarityDetails programs;

  // the enrolment form
  private boolean enrolling;
  private String number;
  private String kk;
  private Integer startYear;
  private String newGroup;
  private String facilitator;
  private List<MemberRow> familyMembers = List.of();

  /** A member of the family found by its No. KK, with the component chosen for them. */
  public static class MemberRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long personId;
    private final String name;
    private String component;

    MemberRow(long personId, String name) {
      this.personId = personId;
      this.name = name;
    }

    public long getPersonId() {
      return personId;
    }

    public String getName() {
      return name;
    }

    public String getComponent() {
      return component;
    }

    public void setComponent(String component) {
      this.component = component;
    }
  }

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

  private String stickerText;

  public boolean isMayPlaceStickers() {
    return pkhAccess.mayPlaceStickers();
  }

  public boolean isMayChangeStickerText() {
    return pkhAccess.mayChangeStickerText();
  }

  public String getStickerText() {
    if (stickerText == null) {
      stickerText = stickers.text();
    }
    return stickerText;
  }

  public void setStickerText(String stickerText) {
    this.stickerText = stickerText;
  }

  public void saveStickerText() {
    try {
      stickerText = stickers.changeText(stickerText);
      Faces.info(Faces.text("pkh.kpm.stickerTextSaved"));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of("text", "kpm:stickerText"));
    }
  }

  public void stickerPlaced() {
    try {
      selected = stickers.placed(selected.participantNumber(), null);
      Faces.info(Faces.text("pkh.kpm.stickerRecorded"));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  public boolean isMayEnrol() {
    return pkhAccess.mayEnrol();
  }

  /** A coordinator or the admin names the facilitator of a new group. */
  public boolean isFacilitatorNamed() {
    return !pkhAccess.mayLogSessions();
  }

  public void startEnrolling() {
    enrolling = true;
    selected = null;
  }

  public void cancelEnrolling() {
    enrolling = false;
    familyMembers = List.of();
  }

  /** Finds the family of the No. KK in intake and lists its members for their components. */
  public void findFamily() {
    familyMembers = List.of();
    String wanted = kk == null ? "" : kk.trim();
    households.search(new HouseholdQuery(null, wanted), PageRequest.of("0", "20")).items().stream()
        .filter(h -> wanted.equals(h.kk()))
        .findFirst()
        .ifPresentOrElse(
            h ->
                familyMembers =
                    households.get(h.id()).members().stream()
                        .filter(m -> "AKTIF".equals(m.status()))
                        .map(m -> new MemberRow(m.id(), m.name()))
                        .toList(),
            () -> Faces.error("kpm:kk", Faces.text("pkh.kpm.familyNotFound")));
  }

  public void enrol() {
    List<EnrolKpm.ComponentInput> components =
        familyMembers.stream()
            .filter(m -> m.component != null && !m.component.isBlank())
            .map(m -> new EnrolKpm.ComponentInput(null, m.personId, m.component, null, null))
            .toList();
    try {
      KpmDetails made =
          kpm.enrol(
              new EnrolKpm(
                  number, kk, null, null, startYear, null, components, newGroup, facilitator));
      Faces.info(Faces.text("pkh.kpm.enrolled", made.recipientName(), made.participantNumber()));
      enrolling = false;
      number = null;
      kk = null;
      startYear = null;
      familyMembers = List.of();
      groups = kpm.groups();
      load();
    } catch (BusinessException e) {
      Faces.refused(
          e,
          Map.of(
              "participantNumber", "kpm:number",
              "kk", "kpm:kk",
              "startYear", "kpm:startYear",
              "groupCode", "kpm:newGroup",
              "facilitator", "kpm:facilitator"));
    }
  }

  public boolean isEnrolling() {
    return enrolling;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getKk() {
    return kk;
  }

  public void setKk(String kk) {
    this.kk = kk;
  }

  public Integer getStartYear() {
    return startYear;
  }

  public void setStartYear(Integer startYear) {
    this.startYear = startYear;
  }

  public String getNewGroup() {
    return newGroup;
  }

  public void setNewGroup(String newGroup) {
    this.newGroup = newGroup;
  }

  public String getFacilitator() {
    return facilitator;
  }

  public void setFacilitator(String facilitator) {
    this.facilitator = facilitator;
  }

  public List<MemberRow> getFamilyMembers() {
    return familyMembers;
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
