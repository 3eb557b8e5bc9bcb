package id.slrt.pkh.domain.model.kpm;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.text.CitizenText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The district's text for the stickers on KPM houses, which the neighbours read: neutral, never
 * "miskin".
 */
@Entity
@Table(name = "pkh_sticker_text")
public class StickerText {
  public static final long THE_TEXT = 1L;
  public static final String DEFAULT = "Keluarga Peserta Program Keluarga Harapan (PKH)";
  public static final int MAX = 200;

  @Id private Long id = THE_TEXT;

  @Column(name = "text", nullable = false, length = MAX)
  private String text = DEFAULT;

  @Version private long version;

  public StickerText() {}

  /** Changes the text; refused (by field) when empty, too long or saying "miskin". */
  public void change(String text, FieldErrors errors) {
    if (text == null) {
      errors.add("text", "pkh.sticker.textRequired");
    } else if (text.length() > MAX) {
      errors.add("text", "pkh.session.tooLong", MAX);
    } else if (CitizenText.saysMiskin(text)) {
      errors.add("text", "pkh.sticker.saysMiskin");
    }
    errors.throwIfAny();
    this.text = text;
  }

  public String text() {
    return text;
  }
}
