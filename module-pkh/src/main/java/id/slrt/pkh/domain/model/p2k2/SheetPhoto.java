package id.slrt.pkh.domain.model.p2k2;

import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The photo of a session's signed attendance sheet, one per log. Its type is read from the image's
 * own first bytes (JPEG, PNG or WebP), never from what the sender claims; a newer photo of the same
 * sheet replaces it.
 */
@Entity
@Table(name = "p2k2_sheet_photo")
public class SheetPhoto {
  /** The most a photo may weigh: the phone shrinks it to well below this. */
  public static final int MAX_BYTES = 3 * 1024 * 1024;

  @Id
  @Column(name = "log_id")
  private Long logId;

  @Column(name = "content_type", nullable = false, length = 20)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int size;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "data", nullable = false)
  private byte[] data;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Version private long version;

  protected SheetPhoto() {}

  public SheetPhoto(long logId) {
    this.logId = logId;
  }

  /** The image's type by its first bytes, if it is one the sheet may be: JPEG, PNG or WebP. */
  public static Optional<String> typeOf(byte[] image) {
    if (startsWith(image, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(image, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (startsWith(image, 0, 'R', 'I', 'F', 'F') && startsWith(image, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, int at, int... expected) {
    if (b.length < at + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((b[at + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /** Checks an incoming photo: not empty, not too large, an image of an accepted type. */
  public static Optional<String> check(byte[] image, FieldErrors errors) {
    if (image == null || image.length == 0) {
      errors.add("photo", "pkh.photo.required");
      return Optional.empty();
    }
    if (image.length > MAX_BYTES) {
      errors.add("photo", "pkh.photo.tooLarge", MAX_BYTES / (1024 * 1024));
      return Optional.empty();
    }
    Optional<String> type = typeOf(image);
    if (type.isEmpty()) {
      errors.add("photo", "pkh.photo.notAnImage");
    }
    return type;
  }

  /**
   * Takes a checked image in; false when it is the very photo kept already (sent again), so nothing
   * changes.
   */
  public boolean replaceWith(byte[] image, String type, String by, Instant at) {
    String digest = sha256(image);
    if (digest.equals(sha256)) {
      return false;
    }
    this.data = image.clone();
    this.contentType = Objects.requireNonNull(type);
    this.size = image.length;
    this.sha256 = digest;
    this.uploadedBy = Objects.requireNonNull(by);
    this.uploadedAt = Objects.requireNonNull(at);
    return true;
  }

  private static String sha256(byte[] image) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public long logId() {
    return logId;
  }

  public String contentType() {
    return contentType;
  }

  public int size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] data() {
    return data.clone();
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
