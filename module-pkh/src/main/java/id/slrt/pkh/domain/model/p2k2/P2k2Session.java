package id.slrt.pkh.domain.model.p2k2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/** A session of a P2K2 module, numbered within its module (PKPU 1, PKPU 2, ...). */
@Entity
@Table(name = "p2k2_session")
@IdClass(P2k2Session.Key.class)
@NamedQuery(
    name = "P2k2Session.findAll",
    query = "SELECT s FROM P2k2Session s ORDER BY s.moduleCode, s.sessionNo")
public class P2k2Session {
  @Id
  @Column(name = "module_code", length = 20)
  private String moduleCode;

  @Id
  @Column(name = "session_no")
  private int sessionNo;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Version private long version;

  protected P2k2Session() {}

  public P2k2Session(String moduleCode, int sessionNo, String title) {
    this.moduleCode = Objects.requireNonNull(moduleCode);
    this.sessionNo = sessionNo;
    this.title = Objects.requireNonNull(title);
  }

  public void retitle(String title) {
    this.title = Objects.requireNonNull(title);
  }

  public String moduleCode() {
    return moduleCode;
  }

  public int sessionNo() {
    return sessionNo;
  }

  public String title() {
    return title;
  }

  /** The composite key: module and number within it. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String moduleCode;
    private int sessionNo;

    public Key() {}

    public Key(String moduleCode, int sessionNo) {
      this.moduleCode = moduleCode;
      this.sessionNo = sessionNo;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(moduleCode, k.moduleCode)
          && sessionNo == k.sessionNo;
    }

    @Override
    public int hashCode() {
      return Objects.hash(moduleCode, sessionNo);
    }
  }
}
