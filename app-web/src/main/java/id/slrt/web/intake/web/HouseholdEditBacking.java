package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.PreconditionFailedException;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.AddressInput;
import id.slrt.intake.api.HouseholdDetails;
import id.slrt.intake.api.HouseholdQuery;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.HouseholdSummary;
import id.slrt.intake.api.IntakeCodes;
import id.slrt.intake.api.MemberDetails;
import id.slrt.intake.api.MemberLeaving;
import id.slrt.intake.api.MovePerson;
import id.slrt.intake.api.RecordProgram;
import id.slrt.intake.api.UpdateHousehold;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Changing a household on its page: its address and PEKKA flag, a member's data, a member who died
 * or moved away, a member moving to another family card, a new member. Every change carries the
 * version the officer saw: if someone changed the household meanwhile, the change is refused, the
 * page shows the current data and nothing is overwritten.
 */
@Named("householdEdit")
@ViewScoped
public class HouseholdEditBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject HouseholdService households;
  @Inject DistrictTime time;
  @Inject IntakeCodes codes;
  @Inject HouseholdBacking page;

  // address and who heads the family
  private String districtCode;
  private String villageCode;
  private String rt;
  private String rw;
  private String street;
  private boolean femaleHeaded;
  private Long femaleHeadPersonId;
  private String femaleHeadReason;
  private boolean pekkaMember;
  private String phone;
  private String dusun;
  private String kk;

  // one member: corrected, or new when memberId is null
  private Long memberId;
  private MemberRow member = new MemberRow();

  // a member leaving
  private Long leavingId;
  private String leavingStatus = "PINDAH";
  private LocalDate leavingDate;

  @PostConstruct
  void today() {
    leavingDate = time.today();
  }

  // a program the family or a member receives
  private String programCode;
  private Long programPersonId;
  private LocalDate programSince;
  private LocalDate programUntil;
  private boolean programActive = true;
  private String programNote;

  // a member moving to another family card
  private Long movingId;
  private String moveKk;
  private String moveRelationship;
  private String moveReason;

  private Long prefilledVersion;

  /**
   * Fills the address form from the household as shown, when the page is first drawn and after
   * every change (a form never offers data older than the page).
   */
  public void prefill() {
    HouseholdDetails d = page.getDetails();
    if (d == null || Long.valueOf(d.version()).equals(prefilledVersion)) {
      return;
    }
    prefilledVersion = d.version();
    districtCode = d.address().districtCode();
    villageCode = d.address().villageCode();
    rt = d.address().rt();
    rw = d.address().rw();
    street = d.address().street();
    femaleHeaded = d.femaleHeaded();
    femaleHeadPersonId = d.femaleHeadPersonId();
    femaleHeadReason = d.femaleHeadReason();
    pekkaMember = d.pekkaMember();
    phone = d.phone();
    dusun = d.address().dusun();
    kk = "BELUM_ADA".equals(d.kkStatus()) ? null : d.kk();
  }

  /** The women living in the family, who may be named as the one heading it. */
  public List<MemberDetails> getWomen() {
    HouseholdDetails d = page.getDetails();
    return d == null
        ? List.of()
        : d.members().stream()
            .filter(m -> "F".equals(m.sex()) && "AKTIF".equals(m.status()))
            .toList();
  }

  public List<String> getDocumentKinds() {
    return codes.documents();
  }

  public List<String> getFemaleHeadReasons() {
    return codes.femaleHeadReasons();
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getDusun() {
    return dusun;
  }

  public void setDusun(String dusun) {
    this.dusun = dusun;
  }

  public String getKk() {
    return kk;
  }

  public void setKk(String kk) {
    this.kk = kk;
  }

  public Long getFemaleHeadPersonId() {
    return femaleHeadPersonId;
  }

  public void setFemaleHeadPersonId(Long femaleHeadPersonId) {
    this.femaleHeadPersonId = femaleHeadPersonId;
  }

  public String getFemaleHeadReason() {
    return femaleHeadReason;
  }

  public void setFemaleHeadReason(String femaleHeadReason) {
    this.femaleHeadReason = femaleHeadReason;
  }

  public boolean isPekkaMember() {
    return pekkaMember;
  }

  public void setPekkaMember(boolean pekkaMember) {
    this.pekkaMember = pekkaMember;
  }

  public void saveAddress() {
    change(
        "household.edit.saved",
        ADDRESS_INPUTS,
        d ->
            households.update(
                d.id(),
                d.version(),
                new UpdateHousehold(
                    new AddressInput(villageCode, rt, rw, street, dusun),
                    femaleHeaded,
                    femaleHeaded ? femaleHeadPersonId : null,
                    femaleHeaded ? femaleHeadReason : null,
                    pekkaMember,
                    kk,
                    phone == null ? "" : phone)));
  }

  /** Fills the member form with a member's data, or empties it for a new member. */
  public void editMember() {
    member = new MemberRow();
    if (memberId == null) {
      return;
    }
    page.getDetails().members().stream()
        .filter(m -> m.id() == memberId)
        .findFirst()
        .ifPresent(
            m -> {
              member.setNik(m.nik());
              member.setName(m.name());
              member.setSex(m.sex());
              member.setBirthDate(m.birthDate());
              member.setRelationship(m.relationship());
              member.setEducation(m.education());
              member.setOccupation(m.occupation());
              member.setDisability(m.disability());
              member.setDocuments(m.documents());
              member.setPhone(m.phone());
              member.setMaritalStatus(m.maritalStatus());
            });
  }

  public void saveMember() {
    change(
        memberId == null ? "household.edit.memberAdded" : "household.edit.saved",
        MEMBER_INPUTS,
        d -> {
          if (memberId == null) {
            households.addMember(d.id(), d.version(), member.toInput());
          } else {
            households.correctMember(d.id(), memberId, d.version(), member.toInput());
          }
        });
  }

  public void saveProgram() {
    boolean saved =
        change(
            "household.program.saved",
            PROGRAM_INPUTS,
            d ->
                households.recordProgram(
                    d.id(),
                    new RecordProgram(
                        programCode,
                        programPersonId,
                        programSince,
                        programUntil,
                        programActive,
                        programNote)));
    if (saved) {
      programCode = null;
      programPersonId = null;
      programSince = null;
      programUntil = null;
      programActive = true;
      programNote = null;
    }
  }

  public List<String> getPrograms() {
    return codes.programs();
  }

  public String getProgramCode() {
    return programCode;
  }

  public void setProgramCode(String programCode) {
    this.programCode = programCode;
  }

  public Long getProgramPersonId() {
    return programPersonId;
  }

  public void setProgramPersonId(Long programPersonId) {
    this.programPersonId = programPersonId;
  }

  public LocalDate getProgramSince() {
    return programSince;
  }

  public void setProgramSince(LocalDate programSince) {
    this.programSince = programSince;
  }

  public LocalDate getProgramUntil() {
    return programUntil;
  }

  public void setProgramUntil(LocalDate programUntil) {
    this.programUntil = programUntil;
  }

  public boolean isProgramActive() {
    return programActive;
  }

  public void setProgramActive(boolean programActive) {
    this.programActive = programActive;
  }

  public String getProgramNote() {
    return programNote;
  }

  public void setProgramNote(String programNote) {
    this.programNote = programNote;
  }

  public void saveLeaving() {
    if (leavingId == null) {
      Faces.error(null, Faces.text("household.edit.chooseMember"));
      return;
    }
    change(
        "household.edit.left",
        Map.of("status", "leavingStatus", "date", "leavingDate"),
        d ->
            households.memberLeft(
                d.id(), leavingId, d.version(), new MemberLeaving(leavingStatus, leavingDate)));
  }

  public void saveMove() {
    if (movingId == null) {
      Faces.error(null, Faces.text("household.edit.chooseMember"));
      return;
    }
    String kk = moveKk == null ? "" : moveKk.strip();
    HouseholdSummary target =
        !kk.isEmpty()
            ? households.search(new HouseholdQuery(null, kk), PageRequest.of(0, 5)).items().stream()
                .filter(h -> h.kk().equals(kk))
                .findFirst()
                .orElse(null)
            : null;
    if (target == null) {
      Faces.error(null, Faces.text("household.edit.moveKkUnknown", kk));
      return;
    }
    change(
        "household.edit.moved",
        Map.of(
            "toHouseholdId", "moveKk", "relationship", "moveRelationship", "reason", "moveReason"),
        d ->
            households.movePerson(
                d.id(),
                movingId,
                d.version(),
                new MovePerson(target.id(), moveRelationship, moveReason)));
  }

  /** The address tab's inputs by the fields the service names (the others by their own name). */
  private static final Map<String, String> ADDRESS_INPUTS =
      Map.of(
          "address.villageCode", "village",
          "kk", "editKk",
          "femaleHeadPersonId", "femaleHeadPerson");

  private static final Map<String, String> MEMBER_INPUTS = Map.of("phone", "memberPhone");

  private static final Map<String, String> PROGRAM_INPUTS =
      Map.of(
          "program", "programCode",
          "personId", "programPerson",
          "since", "programSince",
          "until", "programUntil",
          "active", "programActive",
          "note", "programNote");

  /**
   * Runs a change of the family against the version on screen; true when it was made. A stale
   * version reloads the page's data and says so; a refused field is shown beside its input on the
   * tab ({@code inputs}: field to input id where they differ).
   */
  private boolean change(
      String doneKey, Map<String, String> inputs, Consumer<HouseholdDetails> action) {
    try {
      action.accept(page.getDetails());
      Faces.info(Faces.text(doneKey));
      page.load();
      memberId = null;
      member = new MemberRow();
      moveKk = null;
      moveReason = null;
      return true;
    } catch (PreconditionFailedException e) {
      Faces.error(null, Faces.text("household.edit.stale"));
      page.load();
    } catch (BusinessException e) {
      Faces.refused(
          e, field -> Faces.text("household.edit.field." + field), Faces.inputsOf("edit", inputs));
    }
    return false;
  }

  public java.util.List<String> getRelationships() {
    return codes.relationships();
  }

  public java.util.List<String> getEducations() {
    return codes.educations();
  }

  public java.util.List<String> getMaritalStatuses() {
    return codes.maritalStatuses();
  }

  public java.util.List<String> getDisabilities() {
    return codes.disabilities();
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public void districtChanged() {
    villageCode = null;
  }

  public String getVillageCode() {
    return villageCode;
  }

  public void setVillageCode(String villageCode) {
    this.villageCode = villageCode;
  }

  public String getRt() {
    return rt;
  }

  public void setRt(String rt) {
    this.rt = rt;
  }

  public String getRw() {
    return rw;
  }

  public void setRw(String rw) {
    this.rw = rw;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public boolean isFemaleHeaded() {
    return femaleHeaded;
  }

  public void setFemaleHeaded(boolean femaleHeaded) {
    this.femaleHeaded = femaleHeaded;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }

  public MemberRow getMember() {
    return member;
  }

  public Long getLeavingId() {
    return leavingId;
  }

  public void setLeavingId(Long leavingId) {
    this.leavingId = leavingId;
  }

  public String getLeavingStatus() {
    return leavingStatus;
  }

  public void setLeavingStatus(String leavingStatus) {
    this.leavingStatus = leavingStatus;
  }

  public LocalDate getLeavingDate() {
    return leavingDate;
  }

  public void setLeavingDate(LocalDate leavingDate) {
    this.leavingDate = leavingDate;
  }

  public Long getMovingId() {
    return movingId;
  }

  public void setMovingId(Long movingId) {
    this.movingId = movingId;
  }

  public String getMoveKk() {
    return moveKk;
  }

  public void setMoveKk(String moveKk) {
    this.moveKk = moveKk;
  }

  public String getMoveRelationship() {
    return moveRelationship;
  }

  public void setMoveRelationship(String moveRelationship) {
    this.moveRelationship = moveRelationship;
  }

  public String getMoveReason() {
    return moveReason;
  }

  public void setMoveReason(String moveReason) {
    this.moveReason = moveReason;
  }
}
