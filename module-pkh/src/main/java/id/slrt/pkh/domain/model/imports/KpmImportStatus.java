package id.slrt.pkh.domain.model.imports;

/** Where a KPM import stands: queued, checking the file, importing its rows, done or stopped. */
public enum KpmImportStatus {
  ANTRE,
  MEMERIKSA,
  MENGIMPOR,
  SELESAI,
  GAGAL;

  public boolean isRunning() {
    return this == ANTRE || this == MEMERIKSA || this == MENGIMPOR;
  }
}
