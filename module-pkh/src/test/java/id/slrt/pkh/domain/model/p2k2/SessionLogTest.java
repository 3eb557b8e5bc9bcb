package id.slrt.pkh.domain.model.p2k2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.ConflictException;
import id.slrt.pkh.domain.model.p2k2.SessionLog.Receipt;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionLogTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

  private static SessionLog log(String clientId, AttendanceStatus second) {
    return new SessionLog(
        clientId,
        "TGK-01",
        "PKPU",
        1,
        DAY,
        "Balai desa",
        null,
        List.of(new Attendance(1, AttendanceStatus.HADIR), new Attendance(2, second)),
        "pendamping.trenggalek",
        Instant.parse("2026-11-18T07:00:00Z"));
  }

  private static SessionLog stored(SessionLog log, long id) throws Exception {
    Field f = SessionLog.class.getDeclaredField("id");
    f.setAccessible(true);
    f.set(log, id);
    return log;
  }

  @Test
  void theFirstLogOfASessionCountsAndTheSameSentAgainChangesNothing() throws Exception {
    SessionLog first = log("a1b2c3d4-0001", AttendanceStatus.IZIN);
    assertThat(first.receive(Optional.empty(), Optional.empty())).isEqualTo(Receipt.CREATED);
    assertThat(first.state()).isEqualTo(LogState.TERCATAT);
    stored(first, 10);
    // the phone sends it again, attendance in another order
    SessionLog again =
        new SessionLog(
            "a1b2c3d4-0001",
            "TGK-01",
            "PKPU",
            1,
            DAY,
            "Balai desa",
            null,
            List.of(
                new Attendance(2, AttendanceStatus.IZIN),
                new Attendance(1, AttendanceStatus.HADIR)),
            "pendamping.trenggalek",
            Instant.now());
    assertThat(again.receive(Optional.of(first), Optional.of(first))).isEqualTo(Receipt.UNCHANGED);
    // the same content from a second phone
    assertThat(
            log("a1b2c3d4-0002", AttendanceStatus.IZIN)
                .receive(Optional.empty(), Optional.of(first)))
        .isEqualTo(Receipt.UNCHANGED);
    // the phone's id reused for something else
    assertThat(
            log("a1b2c3d4-0001", AttendanceStatus.TIDAK_HADIR)
                .receive(Optional.of(first), Optional.of(first)))
        .isEqualTo(Receipt.ID_REUSED);
  }

  @Test
  void aDifferentLogOfTheSameSessionWaitsAsAConflictUntilTheFacilitatorDecides() throws Exception {
    SessionLog first = stored(log("a1b2c3d4-0001", AttendanceStatus.IZIN), 10);
    SessionLog other = log("a1b2c3d4-0002", AttendanceStatus.TIDAK_HADIR);
    assertThat(other.receive(Optional.empty(), Optional.of(first))).isEqualTo(Receipt.CREATED);
    assertThat(other.state()).isEqualTo(LogState.KONFLIK);
    assertThat(other.conflictOf()).contains(10L);
    assertThat(first.state()).isEqualTo(LogState.TERCATAT);

    other.decide(true, first);
    assertThat(other.state()).isEqualTo(LogState.TERCATAT);
    assertThat(first.state()).isEqualTo(LogState.DISISIHKAN);
    assertThatThrownBy(() -> other.decide(false, null)).isInstanceOf(ConflictException.class);

    SessionLog third = log("a1b2c3d4-0003", AttendanceStatus.HADIR);
    third.receive(Optional.empty(), Optional.of(stored(other, 11)));
    third.decide(false, null);
    assertThat(third.state()).isEqualTo(LogState.DISISIHKAN);
    assertThat(other.state()).isEqualTo(LogState.TERCATAT);
  }
}
