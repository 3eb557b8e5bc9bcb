package id.slrt.intake.api;

import java.time.LocalDate;

/**
 * A disclosure of violence passed on to P2TP2A: a KEKERASAN need or a victim's PMKS recorded at a
 * Puskesos, or a consultation at a KLIK violence desk. Intake keeps it in an outbox written in the
 * recording transaction and hands it to the {@link ViolenceHandOverReceiver} after that commits,
 * again until it is received; the receiver opens the case once per {@code source}.
 *
 * @param reference the random reference the recording officer or cadre got back
 * @param source what it came from, {@code need:12} or {@code klik:34}: the same hand-over twice
 *     opens one case
 * @param channel {@code PUSKESOS} or {@code KLIK}
 * @param personId the registered person, null when the disclosure named no one intake knows
 * @param sex {@code F} or {@code M}, null when not recorded
 * @param villageCode the desa of the Puskesos or the KLIK event, null when unknown
 * @param narrative what was told, null when nothing was written
 */
public record ViolenceHandOver(
    String reference,
    String source,
    String channel,
    Long personId,
    String sex,
    String villageCode,
    LocalDate reportedOn,
    String narrative,
    String recordedBy) {}
