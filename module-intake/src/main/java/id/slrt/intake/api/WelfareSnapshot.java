package id.slrt.intake.api;

import java.time.Instant;
import java.time.LocalDate;

/** One dated welfare status of a household, as recorded; never changed afterwards. */
public record WelfareSnapshot(
    long id,
    String register,
    boolean registered,
    Integer desil,
    String source,
    LocalDate asOf,
    Instant recordedAt,
    String recordedBy) {}
