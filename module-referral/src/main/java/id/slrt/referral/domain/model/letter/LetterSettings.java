package id.slrt.referral.domain.model.letter;

import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * The district's letterhead, its letter numbering and whether a letter needs a recommendation and a
 * decision before it can be printed. One per district; until its admin saves it, {@link
 * #defaults(String)} works it out from the district's name.
 */
@Entity
@Table(name = "letter_setting")
public class LetterSettings {
  public static final int MAX_LINE = 150;
  public static final int MAX_ADDRESS = 300;
  public static final int MAX_PLACE = 80;

  @Id
  @Column(name = "id")
  private int id = 1;

  @Column(name = "authority", nullable = false, length = MAX_LINE)
  private String authority;

  @Column(name = "office", nullable = false, length = MAX_LINE)
  private String office;

  @Column(name = "address", length = MAX_ADDRESS)
  private String address;

  @Column(name = "place", nullable = false, length = MAX_PLACE)
  private String place;

  @Column(name = "number_pattern", nullable = false, length = 80)
  private String numberPattern;

  @Column(name = "approval_required", nullable = false)
  private boolean approvalRequired;

  @Version private long version;

  protected LetterSettings() {}

  /**
   * What a district that saved nothing gets: "PEMERINTAH KABUPATEN KARAWANG", "DINAS SOSIAL", the
   * town as the place of signing, the default numbering and no decision step.
   *
   * @param districtName the region table's name, e.g. "Kabupaten Karawang" or "Kota Bandung"
   */
  public static LetterSettings defaults(String districtName) {
    LetterSettings s = new LetterSettings();
    s.authority = ("Pemerintah " + districtName).toUpperCase(Locale.ROOT);
    s.office = "DINAS SOSIAL";
    s.place = districtName.replaceFirst("^(Kabupaten|Kota) ", "");
    s.numberPattern = LetterNumbering.DEFAULT;
    return s;
  }

  /**
   * Changes the settings; every broken rule goes to {@code errors} and then nothing changes. The
   * values are already trimmed, null when empty.
   */
  public void change(
      String authority,
      String office,
      String address,
      String place,
      String numberPattern,
      boolean approvalRequired,
      FieldErrors errors) {
    required("authority", authority, MAX_LINE, errors);
    required("office", office, MAX_LINE, errors);
    if (address != null && address.length() > MAX_ADDRESS) {
      errors.add("address", "text.tooLong", MAX_ADDRESS);
    }
    required("place", place, MAX_PLACE, errors);
    LetterNumbering.of(numberPattern, "numberPattern", errors);
    if (!errors.isEmpty()) {
      return;
    }
    this.authority = authority;
    this.office = office;
    this.address = address;
    this.place = place;
    this.numberPattern = numberPattern;
    this.approvalRequired = approvalRequired;
  }

  private static void required(String field, String value, int max, FieldErrors errors) {
    if (value == null) {
      errors.add(field, "letter.fieldRequired");
    } else if (value.length() > max) {
      errors.add(field, "text.tooLong", max);
    }
  }

  public String authority() {
    return authority;
  }

  public String office() {
    return office;
  }

  public String address() {
    return address;
  }

  public String place() {
    return place;
  }

  public LetterNumbering numbering() {
    return new LetterNumbering(numberPattern);
  }

  public boolean approvalRequired() {
    return approvalRequired;
  }

  public long version() {
    return version;
  }
}
