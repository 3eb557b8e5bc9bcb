package id.slrt.web.intake.web;

import java.io.Serializable;
import java.time.LocalDate;

/** One member line of the registration form, as typed. */
public class MemberRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String nik;
  private String name;
  private String sex;
  private LocalDate birthDate;
  private String relationship;
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
}
