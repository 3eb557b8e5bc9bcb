package id.slrt.pkh.domain.model.p2k2;

/** A KPM's attendance at a P2K2 session: present, excused, absent. */
public enum AttendanceStatus {
  HADIR,
  IZIN,
  TIDAK_HADIR
}
