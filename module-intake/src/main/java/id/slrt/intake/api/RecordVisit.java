package id.slrt.intake.api;

import java.time.Instant;

/**
 * A visitor registered at a KLIK's registration desk on arrival (API.md {@code POST
 * /klik-events/{id}/visits}): all but {@code sex} optional; {@code nik} looked up when given;
 * {@code ageBand} {@code ANAK}, {@code DEWASA} or {@code LANSIA}; {@code priority} puts them in the
 * fast-track line; {@code servedAt} the time on a paper form entered after the event (on the
 * event's day).
 */
public record RecordVisit(
    String sex,
    String name,
    String nik,
    String ageBand,
    String dusun,
    String phone,
    Boolean priority,
    Instant servedAt) {}
