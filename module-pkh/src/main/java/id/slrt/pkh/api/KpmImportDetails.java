package id.slrt.pkh.api;

import java.time.Instant;

/**
 * An import of a district's KPM list and how far it got. {@code percent}: the rows imported of
 * those the file holds; {@code failure}: in the reader's language, why a {@code GAGAL} import
 * stopped.
 *
 * @param kpmUnchanged rows of KPM already enrolled as the row says (a file imported again)
 * @param familiesRegistered families intake did not know, registered from the row
 */
public record KpmImportDetails(
    long id,
    String fileName,
    String status,
    int percent,
    long rowsTotal,
    long rowsDone,
    long rowsRejected,
    long kpmAdded,
    long kpmUnchanged,
    long familiesRegistered,
    String failure,
    Instant createdAt,
    String createdBy,
    Instant startedAt,
    Instant finishedAt) {

  public boolean running() {
    return "ANTRE".equals(status) || "MEMERIKSA".equals(status) || "MENGIMPOR".equals(status);
  }
}
