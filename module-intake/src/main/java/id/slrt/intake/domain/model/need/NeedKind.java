package id.slrt.intake.domain.model.need;

/** What is recorded: a need, or a complaint (pengaduan) about a program. */
public enum NeedKind {
  KEBUTUHAN,
  PENGADUAN
}
