package id.slrt.pkh.domain.model.p2k2;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

  /** A module's code: capitals, digits and underscores, as the catalogue's codes are. */
  public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,19}";

  /** The most sessions a module has. */
  public static final int MAX_SESSIONS = 20;

  protected P2k2Module() {}

  /** A new module: it goes after the curriculum's last (see {@link #renumber}). */
  public P2k2Module(String code, String title) {
    this.code = Objects.requireNonNull(code);
    this.title = Objects.requireNonNull(title);
  }

  public void retitle(String title) {
    this.title = Objects.requireNonNull(title);
  }

  /**
   * Checks an edited module: its code (for a new one), its title and its sessions' titles, in order
   * (session 1 first); the errors by field.
   */
  public static void check(
      String code, String title, List<String> sessionTitles, FieldErrors errors) {
    if (code == null || !code.matches(CODE_PATTERN)) {
      errors.add("code", "pkh.catalogue.code");
    }
    if (title == null) {
      errors.add("title", "pkh.catalogue.titleRequired");
    } else if (title.length() > 150) {
      errors.add("title", "pkh.session.tooLong", 150);
    }
    if (sessionTitles == null || sessionTitles.isEmpty()) {
      errors.add("sessions", "pkh.catalogue.sessionsRequired");
      return;
    }
    if (sessionTitles.size() > MAX_SESSIONS) {
      errors.add("sessions", "pkh.catalogue.tooManySessions", MAX_SESSIONS);
      return;
    }
    for (int i = 0; i < sessionTitles.size(); i++) {
      String t = sessionTitles.get(i);
      if (t == null) {
        errors.add("sessions[" + i + "].title", "pkh.catalogue.titleRequired");
      } else if (t.length() > 200) {
        errors.add("sessions[" + i + "].title", "pkh.session.tooLong", 200);
      }
    }
  }

  /**
   * A module keeps every session a group has logged: it may not shrink below {@code highestLogged},
   * the highest session number within it that a log names (0 for none).
   */
  public static void checkKeepsLogged(int sessions, int highestLogged) {
    if (sessions < highestLogged) {
      throw new ConflictException("pkh.catalogue.sessionLogged", highestLogged);
    }
  }

  /**
   * Numbers the curriculum's sessions 1..n overall, module after module in the given order, each
   * module covering as many numbers as it has sessions ({@code counts}, by code).
   */
  public static void renumber(List<P2k2Module> inOrder, Map<String, Integer> counts) {
    int next = 1;
    for (P2k2Module m : inOrder) {
      int n = counts.getOrDefault(m.code, 0);
      m.firstSession = next;
      m.lastSession = next + n - 1;
      next += n;
    }
  }

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
