package id.slrt.intake.api;

import java.time.Instant;

/**
 * A DTKS/DTSEN import and how far it got. {@code percent} is the progress of the current phase
 * (checking the file, then importing it); {@code failure} says, in the reader's language, why a
 * {@code GAGAL} import stopped.
 */
public record ImportDetails(
    long id,
    String fileName,
    String status,
    int percent,
    long bytesTotal,
    long rowsRead,
    long rowsRejected,
    long personsAdded,
    long personsUpdated,
    long personsUnchanged,
    long householdsAdded,
    long householdsUpdated,
    long welfareAdded,
    String failure,
    Instant createdAt,
    String createdBy,
    Instant startedAt,
    Instant finishedAt) {

  public boolean running() {
    return "ANTRE".equals(status) || "MEMERIKSA".equals(status) || "MENGIMPOR".equals(status);
  }
}
