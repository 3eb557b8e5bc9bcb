package id.slrt.intake.domain.model.imports;

/** Where an import stands. */
public enum ImportStatus {
  /** Uploaded, waiting for the district's earlier import to finish. */
  ANTRE,
  /** Reading the whole file once for what would make it unreadable; nothing imported yet. */
  MEMERIKSA,
  /** Importing row by row; valid rows are in, refused rows listed. */
  MENGIMPOR,
  SELESAI,
  /** The file was refused as a whole (nothing imported), or the import stopped. */
  GAGAL;

  public boolean isRunning() {
    return this == ANTRE || this == MEMERIKSA || this == MENGIMPOR;
  }
}
