package id.slrt.core.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored first answer to a write sent with an {@code Idempotency-Key}. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  @Column(name = "idem_key", nullable = false, length = 200)
  private String key;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "status", nullable = false)
  private int status;

  @Column(name = "location", length = 1000)
  private String location;

  @Column(name = "etag", length = 200)
  private String etag;

  @Column(name = "body")
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(
      String username,
      String key,
      String requestHash,
      int status,
      String location,
      String etag,
      String body,
      Instant createdAt) {
    this.username = username;
    this.key = key;
    this.requestHash = requestHash;
    this.status = status;
    this.location = location;
    this.etag = etag;
    this.body = body;
    this.createdAt = createdAt;
  }

  /** A key taken for a write under way: completed with its answer in the same transaction. */
  public static IdempotencyRecord reservation(
      String username, String key, String requestHash, Instant now) {
    return new IdempotencyRecord(username, key, requestHash, PENDING, null, null, null, now);
  }

  /** Status of a reservation whose answer is not known yet. */
  public static final int PENDING = 0;

  public void complete(int status, String location, String etag, String body) {
    this.status = status;
    this.location = location;
    this.etag = etag;
    this.body = body;
  }

  public boolean isPending() {
    return status == PENDING;
  }

  public String requestHash() {
    return requestHash;
  }

  public int status() {
    return status;
  }

  public String location() {
    return location;
  }

  public String etag() {
    return etag;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
