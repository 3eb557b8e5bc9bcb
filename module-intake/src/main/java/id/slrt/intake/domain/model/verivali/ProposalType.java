package id.slrt.intake.domain.model.verivali;

/** What a verivali proposal asks of DTKS/DTSEN: add the household, remove it, or correct it. */
public enum ProposalType {
  TAMBAH,
  HAPUS,
  PERBAIKAN
}
