package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.Messages;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.HouseholdDetails;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.IntakeCodes;
import id.slrt.intake.api.MemberDetails;
import id.slrt.intake.api.NeedDetails;
import id.slrt.intake.api.NeedFilter;
import id.slrt.intake.api.NeedService;
import id.slrt.intake.api.ProgramDetails;
import id.slrt.intake.api.ProposeVerivali;
import id.slrt.intake.api.RecordNeed;
import id.slrt.intake.api.RecordWelfareStatus;
import id.slrt.intake.api.VerivaliService;
import id.slrt.intake.api.VoidWelfareStatus;
import id.slrt.intake.api.WelfareSnapshot;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One household at the front office: its members, its DTKS/DTSEN history, the needs and complaints
 * of its members (recorded here), and a verivali proposal.
 */
@Named("household")
@ViewScoped
public class HouseholdBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject HouseholdService households;
  @Inject DistrictTime time;
  @Inject IntakeCodes codes;
  @Inject NeedService needs;
  @Inject VerivaliService verivali;

  private Long id;
  private HouseholdDetails details;
  private List<WelfareSnapshot> welfare = List.of();
  private List<NeedDetails> memberNeeds = List.of();
  private final Map<Long, String> voidReasons = new HashMap<>();

  // a new need
  private Long needPersonId;
  private String needCategory;
  private String needPmks;
  private String needDescription;
  private boolean needPregnant;
  private String needKind = "KEBUTUHAN";
  private String needProgram;
  private String needChannel = "DATANG";

  // a new welfare status
  private String welfareRegister = "DTSEN";
  private boolean welfareRegistered = true;

  /** As typed: a desil the model refuses (11) must reach it, not be clamped to 10 on the screen. */
  private String welfareDesil;

  private String welfareSource;
  private LocalDate welfareAsOf;

  @PostConstruct
  void today() {
    welfareAsOf = time.today();
  }

  // a verivali proposal
  private String proposalType = "TAMBAH";
  private String proposalReason;
  private LocalDate proposalMusdes;
  private String proposalNotes;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      details = households.get(id);
      welfare = households.welfareHistory(id);
      memberNeeds =
          needs.search(NeedFilter.ofHousehold(id), PageRequest.of(0, PageRequest.MAX_SIZE)).items();
      if (needPersonId == null && !details.members().isEmpty()) {
        needPersonId = details.members().get(0).id();
      }
    } catch (NotFoundException e) {
      details = null;
      Faces.error(null, e.message(Faces.locale()));
    }
  }

  public String getNeedKind() {
    return needKind;
  }

  public void setNeedKind(String needKind) {
    this.needKind = needKind;
  }

  public String getNeedProgram() {
    return needProgram;
  }

  public void setNeedProgram(String needProgram) {
    this.needProgram = needProgram;
  }

  public String getNeedChannel() {
    return needChannel;
  }

  public void setNeedChannel(String needChannel) {
    this.needChannel = needChannel;
  }

  public List<String> getPrograms() {
    return codes.programs();
  }

  public List<String> getChannels() {
    return codes.channels();
  }

  public void recordNeed() {
    MemberDetails member =
        details.members().stream().filter(m -> m.id() == needPersonId).findFirst().orElse(null);
    try {
      NeedDetails need =
          needs.record(
              new RecordNeed(
                  member == null ? null : member.nik(),
                  member == null ? null : member.id(),
                  needCategory,
                  needPmks,
                  needDescription,
                  needPregnant,
                  needKind,
                  "PENGADUAN".equals(needKind) ? needProgram : null,
                  needChannel));
      Faces.info(
          Faces.text(
              need.fastTrack() != null && need.fastTrack()
                  ? "household.need.savedFast"
                  : "household.need.saved"));
      needCategory = null;
      needPmks = null;
      needDescription = null;
      needPregnant = false;
      needKind = "KEBUTUHAN";
      needProgram = null;
      needChannel = "DATANG";
      load();
    } catch (BusinessException e) {
      show(e, "need.field.", "need");
    }
  }

  public void recordWelfare() {
    String typed = welfareDesil == null ? "" : welfareDesil.strip();
    if (!typed.isEmpty() && !typed.matches("[0-9]{1,3}")) {
      // not a number at all: the model's own words for a desil out of range
      Faces.error(
          "welfare:desil",
          Faces.text("welfare.field.desil")
              + ": "
              + Messages.get(Faces.locale(), "welfare.desilRange"));
      return;
    }
    try {
      households.recordWelfare(
          id,
          new RecordWelfareStatus(
              welfareRegister,
              welfareRegistered,
              typed.isEmpty() ? null : Integer.valueOf(typed),
              welfareSource,
              welfareAsOf));
      Faces.info(Faces.text("household.welfare.saved"));
      welfareDesil = null;
      welfareSource = null;
      load();
    } catch (BusinessException e) {
      show(e, "welfare.field.", "welfare");
    }
  }

  /** Marks a welfare status recorded by mistake as void, with the reason typed beside it. */
  public void voidWelfare(long statusId) {
    try {
      households.voidWelfare(id, statusId, new VoidWelfareStatus(voidReasons.get(statusId)));
      voidReasons.remove(statusId);
      Faces.info(Faces.text("household.welfare.voided"));
      load();
    } catch (BusinessException e) {
      show(e, "welfare.field.", "welfare");
    }
  }

  public Map<Long, String> getVoidReasons() {
    return voidReasons;
  }

  public void propose() {
    try {
      verivali.propose(
          new ProposeVerivali(id, proposalType, proposalReason, proposalMusdes, proposalNotes));
      Faces.info(Faces.text("household.verivali.saved"));
      proposalReason = null;
      proposalNotes = null;
    } catch (BusinessException e) {
      show(e, "verivali.field.", "verivali");
    }
  }

  /** Shows a refusal of one of the page's forms, each field beside its input on that form. */
  private static void show(BusinessException e, String fieldPrefix, String form) {
    java.util.Map<String, String> renames = new java.util.HashMap<>();
    switch (form) {
      case "need" -> {
        renames.put("personId", "person");
        renames.put("nik", "person");
      }
      case "verivali" -> renames.put("musdesDate", "musdes");
      default -> renames.put("reason", null); // a void reason is typed on the status's own row
    }
    Faces.refused(e, field -> Faces.text(fieldPrefix + field), Faces.inputsOf(form, renames));
  }

  public List<String> getCategories() {
    return codes.needCategories();
  }

  public List<String> getPmksCodes() {
    return codes.pmks();
  }

  /** "LANJUT_USIA_TERLANTAR" as "Lanjut usia terlantar". */
  public String pmksLabel(String code) {
    String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public HouseholdDetails getDetails() {
    return details;
  }

  public List<WelfareSnapshot> getWelfare() {
    return welfare;
  }

  /** The family at a glance: members living in it. */
  public long getLivingMembers() {
    return details == null
        ? 0
        : details.members().stream().filter(m -> "AKTIF".equals(m.status())).count();
  }

  /** The family at a glance: needs and complaints still open. */
  public long getOpenNeeds() {
    return memberNeeds == null
        ? 0
        : memberNeeds.stream().filter(n -> codes.openNeedStatuses().contains(n.status())).count();
  }

  /** Whether a need is still open (it can be referred, noted, closed). */
  public boolean isOpen(NeedDetails need) {
    return codes.openNeedStatuses().contains(need.status());
  }

  /** The family at a glance: the programs received now. */
  public List<String> getActivePrograms() {
    return details == null
        ? List.of()
        : details.programs().stream()
            .filter(ProgramDetails::active)
            .map(ProgramDetails::program)
            .distinct()
            .toList();
  }

  public List<NeedDetails> getMemberNeeds() {
    return memberNeeds;
  }

  public Long getNeedPersonId() {
    return needPersonId;
  }

  public void setNeedPersonId(Long needPersonId) {
    this.needPersonId = needPersonId;
  }

  public String getNeedCategory() {
    return needCategory;
  }

  public void setNeedCategory(String needCategory) {
    this.needCategory = needCategory;
  }

  public String getNeedPmks() {
    return needPmks;
  }

  public void setNeedPmks(String needPmks) {
    this.needPmks = needPmks;
  }

  public String getNeedDescription() {
    return needDescription;
  }

  public void setNeedDescription(String needDescription) {
    this.needDescription = needDescription;
  }

  public boolean isNeedPregnant() {
    return needPregnant;
  }

  public void setNeedPregnant(boolean needPregnant) {
    this.needPregnant = needPregnant;
  }

  public String getWelfareRegister() {
    return welfareRegister;
  }

  public void setWelfareRegister(String welfareRegister) {
    this.welfareRegister = welfareRegister;
  }

  public boolean isWelfareRegistered() {
    return welfareRegistered;
  }

  public void setWelfareRegistered(boolean welfareRegistered) {
    this.welfareRegistered = welfareRegistered;
  }

  public String getWelfareDesil() {
    return welfareDesil;
  }

  /** Whether a snapshot is the family's current one in its register (the latest). */
  public boolean isCurrent(WelfareSnapshot snapshot) {
    return details != null && details.welfare().stream().anyMatch(w -> w.id() == snapshot.id());
  }

  public void setWelfareDesil(String welfareDesil) {
    this.welfareDesil = welfareDesil;
  }

  public String getWelfareSource() {
    return welfareSource;
  }

  public void setWelfareSource(String welfareSource) {
    this.welfareSource = welfareSource;
  }

  public LocalDate getWelfareAsOf() {
    return welfareAsOf;
  }

  public void setWelfareAsOf(LocalDate welfareAsOf) {
    this.welfareAsOf = welfareAsOf;
  }

  public String getProposalType() {
    return proposalType;
  }

  public void setProposalType(String proposalType) {
    this.proposalType = proposalType;
  }

  public String getProposalReason() {
    return proposalReason;
  }

  public void setProposalReason(String proposalReason) {
    this.proposalReason = proposalReason;
  }

  public LocalDate getProposalMusdes() {
    return proposalMusdes;
  }

  public void setProposalMusdes(LocalDate proposalMusdes) {
    this.proposalMusdes = proposalMusdes;
  }

  public String getProposalNotes() {
    return proposalNotes;
  }

  public void setProposalNotes(String proposalNotes) {
    this.proposalNotes = proposalNotes;
  }
}
