package id.slrt.web.intake.web;

import id.slrt.intake.api.MemberInput;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One member line of the registration form, as typed. */
public class MemberRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String nik;
  private String name;
  private String sex;
  private LocalDate birthDate;
  private String relationship;
  private String education;
  private String occupation;
  private String disability;
  private String maritalStatus;
  private boolean headsFamily;
  private List<String> documents = new ArrayList<>();
  private String phone;
  private String duplicates;
  private String nikStatus;
  private boolean nikValid;

  public String getNik() {
    return nik;
  }

  public void setNik(String nik) {
    this.nik = nik;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public String getNikStatus() {
    return nikStatus;
  }

  public boolean isNikValid() {
    return nikValid;
  }

  void nikChecked(boolean valid, String status) {
    this.nikValid = valid;
    this.nikStatus = status;
  }

  public String getEducation() {
    return education;
  }

  public void setEducation(String education) {
    this.education = education;
  }

  public String getOccupation() {
    return occupation;
  }

  public void setOccupation(String occupation) {
    this.occupation = occupation;
  }

  public String getDisability() {
    return disability;
  }

  public void setDisability(String disability) {
    this.disability = disability;
  }

  public String getMaritalStatus() {
    return maritalStatus;
  }

  public void setMaritalStatus(String maritalStatus) {
    this.maritalStatus = maritalStatus;
  }

  /** Who may already be registered as this member (same name spelling and birth date). */
  public String getDuplicates() {
    return duplicates;
  }

  void setDuplicates(String duplicates) {
    this.duplicates = duplicates;
  }

  /** The civil documents the person holds (codes). */
  public List<String> getDocuments() {
    return documents;
  }

  public void setDocuments(List<String> documents) {
    this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  /** She heads the family in fact though the card names someone else as its head. */
  public boolean isHeadsFamily() {
    return headsFamily;
  }

  public void setHeadsFamily(boolean headsFamily) {
    this.headsFamily = headsFamily;
  }

  MemberInput toInput() {
    return new MemberInput(
        nik,
        name,
        sex,
        birthDate,
        relationship,
        education,
        occupation,
        disability,
        maritalStatus,
        headsFamily ? Boolean.TRUE : null,
        documents,
        phone);
  }
}
