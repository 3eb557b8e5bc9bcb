package id.slrt.pkh.domain.model.kpm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A facilitator's group (kelompok) of KPM, which meets for its monthly P2K2 session. A group has
 * one facilitator; its code is the district's.
 */
@Entity
@Table(name = "pkh_group")
public class PkhGroup {
  /** Letters, digits, dot, dash and underscore, up to 40. */
  public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "facilitator", nullable = false, length = 100)
  private String facilitator;

  @Version private long version;

  protected PkhGroup() {}

  public PkhGroup(String code, String facilitator) {
    if (code == null || !code.matches(CODE_PATTERN)) {
      throw new IllegalArgumentException("not a group code");
    }
    this.code = code;
    this.facilitator = Objects.requireNonNull(facilitator);
  }

  /** Whether this group is {@code username}'s. */
  public boolean isOf(String username) {
    return facilitator.equals(username);
  }

  public String code() {
    return code;
  }

  public String facilitator() {
    return facilitator;
  }
}
