package id.slrt.pkh.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import java.util.List;

/** P2K2 session logs: synced from facilitators' phones, conflicts decided by the facilitator. */
public interface P2k2SessionService {
  /** A batch from a phone: each log on its own, idempotent by the phone's id. */
  List<SyncOutcome> sync(List<SessionLogInput> batch);

  /** The logs of the groups the caller sees, the latest first (optionally one group, one state). */
  Page<SessionLogDetails> logs(String groupCode, String state, PageRequest page);

  SessionLogDetails log(long id);

  /**
   * The printable attendance sheet of a group's session (a group the caller sees): its active KPM
   * with a column for signatures; {@code heldOn} optional (YYYY-MM-DD).
   */
  AttendanceSheet attendanceSheet(
      String groupCode, String moduleCode, String sessionNo, String heldOn);

  /**
   * Decides a conflict: {@code keep} true keeps this log (the other is set aside), false sets this
   * one aside; null is refused.
   */
  SessionLogDetails decide(long id, Boolean keep);

  /**
   * The facilitator sends the photo of a log's signed attendance sheet (JPEG, PNG or WebP, at most
   * 3 MB); a newer photo replaces it, the same photo again changes nothing.
   */
  SheetPhotoDetails putSheetPhoto(long id, byte[] image);

  /** The photo of a log's signed attendance sheet, for whoever sees the log. */
  SheetPhotoImage sheetPhoto(long id);
}
