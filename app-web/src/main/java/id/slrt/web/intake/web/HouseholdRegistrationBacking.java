package id.slrt.web.intake.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.Messages;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.AddressInput;
import id.slrt.intake.api.HouseholdDetails;
import id.slrt.intake.api.HouseholdQuery;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.HouseholdSummary;
import id.slrt.intake.api.IntakeCodes;
import id.slrt.intake.api.KlikService;
import id.slrt.intake.api.NikReading;
import id.slrt.intake.api.PersonDetails;
import id.slrt.intake.api.RegisterHousehold;
import id.slrt.intake.api.VisitDetails;
import id.slrt.web.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registering a household at the front office: the family card, the address (kecamatan, then desa,
 * limited to the district) and the members, each NIK checked as it is typed.
 */
@Named("householdRegistration")
@ViewScoped
public class HouseholdRegistrationBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)]\\.(\\w+)");

  @Inject HouseholdService households;
  @Inject KlikService klik;
  @Inject DistrictTime time;
  @Inject IntakeCodes codes;

  private String kk;
  private String districtCode;
  private String villageCode;
  private String rt;
  private String rw;
  private String street;
  private boolean femaleHeaded;
  private String femaleHeadReason;
  private boolean pekkaMember;
  private String phone;
  private String dusun;

  private HouseholdSummary existing;

  // a KLIK visitor to register with their family (?event=..&visit=..)
  private Long fromEvent;
  private Long fromVisit;
  private final List<MemberRow> members = new ArrayList<>(List.of(head()));

  private static MemberRow head() {
    MemberRow row = new MemberRow();
    row.setRelationship("KEPALA_KELUARGA");
    return row;
  }

  public void addMember() {
    members.add(new MemberRow());
  }

  public void removeMember(MemberRow row) {
    if (members.size() > 1) {
      members.remove(row);
    }
  }

  public void districtChanged() {
    villageCode = null;
  }

  /**
   * Checks a member's NIK as soon as it is typed: structure, kecamatan, real date; fills sex and
   * birth date from it when they are still empty; says what disagrees when they are not.
   */
  /** Shows people already registered with this name (any common spelling) and birth date. */
  public void checkDuplicates(MemberRow row) {
    List<PersonDetails> found =
        households.likelyDuplicates(row.getName(), row.getBirthDate(), row.getNik());
    row.setDuplicates(
        found.isEmpty()
            ? null
            : Faces.text(
                "register.duplicates",
                String.join(
                    "; ",
                    found.stream()
                        .map(
                            p ->
                                Faces.text(
                                    "register.duplicate",
                                    p.name(),
                                    p.nik() == null ? "-" : p.nik(),
                                    p.kk()))
                        .toList())));
  }

  /**
   * Reads the NIK as it is typed: fills in sex and birth date only where still empty, and shows
   * (never applies) what contradicts what the officer chose.
   */
  public void checkNik(MemberRow row) {
    if (row.getNik() == null || row.getNik().isBlank()) {
      row.nikChecked(false, Faces.text("register.noNik"));
      return;
    }
    Locale locale = Faces.locale();
    try {
      NikReading read = households.readNik(row.getNik(), row.getSex(), row.getBirthDate());
      if (row.getSex() == null || row.getSex().isBlank()) {
        row.setSex(read.sex());
      }
      if (row.getBirthDate() == null) {
        row.setBirthDate(read.probableBirthDate());
      }
      if (read.disagreements().isEmpty()) {
        row.nikChecked(
            true,
            Faces.text(
                "register.nikOk",
                Faces.text("register.sex." + read.sex()),
                read.probableBirthDate()
                    .format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))));
      } else {
        row.nikChecked(
            false,
            String.join(
                " ", read.disagreements().stream().map(k -> Messages.get(locale, k)).toList()));
      }
    } catch (ValidationException e) {
      row.nikChecked(
          false,
          String.join(
              " ",
              e.errors().stream()
                  .map(f -> Messages.get(locale, f.messageKey(), f.arguments()))
                  .toList()));
    }
  }

  public String save() {
    RegisterHousehold request =
        new RegisterHousehold(
            kk,
            new AddressInput(villageCode, rt, rw, street, dusun),
            femaleHeaded,
            members.stream().map(MemberRow::toInput).toList(),
            femaleHeaded ? femaleHeadReason : null,
            pekkaMember,
            phone);
    try {
      HouseholdDetails saved = households.register(request);
      Faces.info(Faces.text("register.saved", saved.kk()));
      // the officer lands on the family just registered, to record its needs next
      return "/app/intake/household.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (BusinessException e) {
      if (e instanceof ValidationException) {
        Faces.error(null, Faces.text("register.fix"));
      }
      Faces.refused(
          e, HouseholdRegistrationBacking::label, HouseholdRegistrationBacking::clientIdOf);
      if (e instanceof ConflictException) {
        existing = familyHolding();
      }
      return null;
    }
  }

  /**
   * The family that already holds this No. KK or one of these NIKs, so that the refusal can take
   * the officer to it (a person is moved, never registered twice).
   */
  private HouseholdSummary familyHolding() {
    String typed = kk == null ? "" : kk.strip();
    if (!typed.isEmpty()) {
      for (HouseholdSummary h :
          households.search(new HouseholdQuery(null, typed), PageRequest.of(0, 5)).items()) {
        if (h.kk().equals(typed)) {
          return h;
        }
      }
    }
    for (MemberRow row : members) {
      if (row.getNik() == null || row.getNik().isBlank()) {
        continue;
      }
      try {
        PersonDetails person = households.findPerson(row.getNik().strip());
        return households
            .search(new HouseholdQuery(null, person.kk()), PageRequest.of(0, 5))
            .items()
            .stream()
            .filter(h -> h.id() == person.householdId())
            .findFirst()
            .orElse(null);
      } catch (BusinessException notThisOne) {
        // not registered, or not a NIK: the next member's
      }
    }
    return null;
  }

  /** The family that already holds the No. KK or a NIK just refused, if any. */
  public HouseholdSummary getExisting() {
    return existing;
  }

  /** The input of a refused field on this form: "members[1].nik" is "register:member:1:nik". */
  static String clientIdOf(String field) {
    Matcher m = MEMBER_FIELD.matcher(field);
    if (m.matches()) {
      String input =
          switch (m.group(2)) {
            case "phone" -> "memberPhone";
            case "headsFamily" -> "headsFamily";
            default -> m.group(2);
          };
      return "register:member:" + m.group(1) + ":" + input;
    }
    return switch (field) {
      case "kk" -> "register:kk";
      case "address.villageCode" -> "register:village";
      case "address.rt" -> "register:rt";
      case "address.rw" -> "register:rw";
      case "address.street" -> "register:street";
      case "address.dusun" -> "register:dusun";
      case "phone" -> "register:phone";
      case "femaleHeaded" -> "register:femaleHeaded";
      case "femaleHeadReason" -> "register:femaleHeadReason";
      default -> null;
    };
  }

  /** "members[1].nik" becomes "Anggota 2, NIK". */
  private static String label(String field) {
    Matcher m = MEMBER_FIELD.matcher(field);
    if (m.matches()) {
      return Faces.text("register.memberN", Integer.parseInt(m.group(1)) + 1)
          + ", "
          + Faces.text("field." + m.group(2));
    }
    return Faces.text("field." + field);
  }

  public List<String> getEducations() {
    return codes.educations();
  }

  public List<String> getDisabilities() {
    return codes.disabilities();
  }

  /**
   * Starts the form from a KLIK visitor: their name, sex and NIK as the head's first row, their
   * dusun and phone, so that a visit becomes a registration in one step.
   */
  public void fromVisit() {
    if (fromEvent == null || fromVisit == null) {
      return;
    }
    try {
      VisitDetails v = klik.visit(fromEvent, fromVisit);
      MemberRow head = members.get(0);
      head.setName(v.name());
      head.setSex(v.sex());
      head.setNik(v.nik());
      head.setPhone(v.phone());
      dusun = v.dusun();
      phone = v.phone();
    } catch (BusinessException e) {
      Faces.error(null, e.message(Faces.locale()));
    }
  }

  public Long getFromEvent() {
    return fromEvent;
  }

  public void setFromEvent(Long fromEvent) {
    this.fromEvent = fromEvent;
  }

  public Long getFromVisit() {
    return fromVisit;
  }

  public void setFromVisit(Long fromVisit) {
    this.fromVisit = fromVisit;
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

  public List<String> getDocumentKinds() {
    return codes.documents();
  }

  public List<String> getFemaleHeadReasons() {
    return codes.femaleHeadReasons();
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

  public List<String> getMaritalStatuses() {
    return codes.maritalStatuses();
  }

  public List<String> getRelationships() {
    return codes.relationships();
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public String getKk() {
    return kk;
  }

  public void setKk(String kk) {
    this.kk = kk;
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
}
