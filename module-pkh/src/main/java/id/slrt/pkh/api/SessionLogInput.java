package id.slrt.pkh.api;

import java.util.List;

/**
 * One P2K2 session as a facilitator's phone sends it (API.md {@code POST /pkh/p2k2-sessions}).
 *
 * @param id the phone's own id of this log (a UUID): sending it again changes nothing
 * @param sessionNo the session's number within its module (PKPU has 1-3)
 * @param heldOn the day it was held, YYYY-MM-DD
 */
public record SessionLogInput(
    String id,
    String groupCode,
    String moduleCode,
    Integer sessionNo,
    String heldOn,
    String place,
    String notes,
    List<AttendanceInput> attendance) {

  /** A KPM's attendance: HADIR, IZIN or TIDAK_HADIR. */
  public record AttendanceInput(String participantNumber, String status) {}
}
