package id.slrt.intake.api;

/**
 * A review step: {@code to} {@code DIVERIFIKASI}, {@code DITOLAK} (needs a note) or {@code DIKIRIM}
 * (entered into SIKS-NG).
 */
public record ProposalTransition(String to, String note) {}
