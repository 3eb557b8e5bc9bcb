package id.slrt.intake.api;

import java.time.Instant;

/**
 * A registered visitor with the queue number they carry to the desks; {@code personName} and {@code
 * householdId} when the NIK belongs to someone registered.
 */
public record VisitDetails(
    long id,
    long eventId,
    int queueNo,
    String queueNumber,
    boolean priority,
    String name,
    String sex,
    String ageBand,
    String dusun,
    String phone,
    String nik,
    Long personId,
    String personName,
    Long householdId,
    Instant servedAt,
    Instant recordedAt,
    String recordedBy) {}
