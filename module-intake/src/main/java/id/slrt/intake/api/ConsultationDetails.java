package id.slrt.intake.api;

import java.time.Instant;

/**
 * A consultation as shown. At the violence desk ({@code sealed}), {@code nik}, {@code personName},
 * {@code topic} and {@code followUpNote} are left out for everyone but P2TP2A case managers.
 */
public record ConsultationDetails(
    long id,
    long eventId,
    String desk,
    String sex,
    String nik,
    String personName,
    String topic,
    boolean priority,
    int queueNo,
    String queueLabel,
    boolean followUp,
    String followUpNote,
    boolean followedUp,
    boolean sealed,
    Instant recordedAt,
    String recordedBy) {}
