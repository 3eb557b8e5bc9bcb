package id.slrt.pkh.api;

import java.time.Instant;

/**
 * The photo of a session's signed attendance sheet, without its bytes.
 *
 * @param changed false when the same photo was sent again and nothing changed
 */
public record SheetPhotoDetails(
    long sessionId,
    String contentType,
    int size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    boolean changed) {}
