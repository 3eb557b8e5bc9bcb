package id.slrt.pkh.domain.model.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Someone involved in a case besides the family: the class teacher, the school's counsellor. */
@Embeddable
public class CasePerson {
  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "role", nullable = false, length = 100)
  private String role;

  protected CasePerson() {}

  public CasePerson(String name, String role) {
    this.name = Objects.requireNonNull(name);
    this.role = Objects.requireNonNull(role);
  }

  public String name() {
    return name;
  }

  public String role() {
    return role;
  }
}
