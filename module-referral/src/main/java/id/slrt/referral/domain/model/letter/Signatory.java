package id.slrt.referral.domain.model.letter;

import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Who signs the letters of a unit: a Puskesos's manager, or for the secretariat the head of the
 * division. A user of the district (by username), who is also the one to decide when the district
 * asks for a decision before a letter is printed.
 */
@Entity
@Table(name = "letter_signatory")
public class Signatory {
  public static final int MAX_TEXT = 150;

  @Id
  @Column(name = "unit_code", length = 40)
  private String unitCode;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  @Column(name = "name", nullable = false, length = MAX_TEXT)
  private String name;

  @Column(name = "title", nullable = false, length = MAX_TEXT)
  private String title;

  /** The civil servant's number (NIP, 18 digits), when the signatory has one. */
  @Column(name = "nip", length = 18)
  private String nip;

  @Version private long version;

  protected Signatory() {}

  public Signatory(String unitCode) {
    this.unitCode = unitCode;
  }

  /**
   * Names the signatory; every broken rule goes to {@code errors} and then nothing changes. Whether
   * {@code username} is a user of the district is the caller's to check.
   */
  public void name(String username, String name, String title, String nip, FieldErrors errors) {
    if (username == null) {
      errors.add("username", "letter.fieldRequired");
    }
    if (name == null) {
      errors.add("name", "letter.fieldRequired");
    } else if (name.length() > MAX_TEXT) {
      errors.add("name", "text.tooLong", MAX_TEXT);
    }
    if (title == null) {
      errors.add("title", "letter.fieldRequired");
    } else if (title.length() > MAX_TEXT) {
      errors.add("title", "text.tooLong", MAX_TEXT);
    }
    String digits = nip == null ? null : nip.replace(" ", "");
    if (digits != null && !digits.matches("[0-9]{18}")) {
      errors.add("nip", "letter.nipFormat");
    }
    if (!errors.isEmpty()) {
      return;
    }
    this.username = username;
    this.name = name;
    this.title = title;
    this.nip = digits;
  }

  public String unitCode() {
    return unitCode;
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  public String title() {
    return title;
  }

  public String nip() {
    return nip;
  }
}
