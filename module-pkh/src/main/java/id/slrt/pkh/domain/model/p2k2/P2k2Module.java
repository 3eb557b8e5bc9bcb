package id.slrt.pkh.domain.model.p2k2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A module of the P2K2 curriculum and the range of session numbers it covers. */
@Entity
@Table(name = "p2k2_module")
@NamedQuery(
    name = "P2k2Module.findAll",
    query = "SELECT m FROM P2k2Module m ORDER BY m.firstSession")
public class P2k2Module {
  @Id
  @Column(name = "code", length = 20)
  private String code;

  @Column(name = "title", nullable = false, length = 150)
  private String title;

  @Column(name = "first_session", nullable = false)
  private int firstSession;

  @Column(name = "last_session", nullable = false)
  private int lastSession;

  @Version private long version;

  protected P2k2Module() {}

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public int firstSession() {
    return firstSession;
  }

  public int lastSession() {
    return lastSession;
  }
}
