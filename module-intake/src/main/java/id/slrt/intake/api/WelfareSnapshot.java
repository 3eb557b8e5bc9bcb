package id.slrt.intake.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated welfare status of a family, as recorded; never changed afterwards, except that one
 * recorded by mistake is marked void ({@code voided}, with why, by whom and when) and is then no
 * longer current.
 */
public record WelfareSnapshot(
    long id,
    String register,
    boolean registered,
    Integer desil,
    String source,
    LocalDate asOf,
    Instant recordedAt,
    String recordedBy,
    boolean voided,
    String voidReason,
    Instant voidedAt,
    String voidedBy) {}
