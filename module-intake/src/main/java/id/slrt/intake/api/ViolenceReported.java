package id.slrt.intake.api;

/**
 * CDI event fired, within the recording transaction, when a sealed (violence) need is recorded. The
 * hook for P2TP2A case handling: the referral module opens the sealed case from it. It carries
 * identities only, never the content.
 */
public record ViolenceReported(String tenant, long needId, long personId) {}
