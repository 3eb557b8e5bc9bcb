package id.slrt.pkh.application;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.pkh.api.SessionLogInput;
import id.slrt.pkh.api.SessionLogInput.AttendanceInput;
import id.slrt.pkh.api.SyncOutcome;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import id.slrt.pkh.domain.model.kpm.PkhGroup;
import id.slrt.pkh.domain.model.p2k2.Attendance;
import id.slrt.pkh.domain.model.p2k2.AttendanceStatus;
import id.slrt.pkh.domain.model.p2k2.LogState;
import id.slrt.pkh.domain.model.p2k2.P2k2Session;
import id.slrt.pkh.domain.model.p2k2.SessionLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes in one session log of a phone's batch, in a transaction of its own: the log, its attendance
 * and its phone id (a unique key) commit together or not at all, and one refused log does not hold
 * back the others. Called only by {@link DefaultP2k2SessionService}, after its role check.
 */
@Stateless
@PermitAll
public class SessionLogWriter {
  /** A log may be sent up to a year after the session (a phone long offline). */
  static final int MAX_DAYS_BACK = 366;

  static final int MAX_PLACE = 200;
  static final int MAX_NOTES = 2000;

  @Inject @TenantDb EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SyncOutcome write(SessionLogInput item) {
    String me = currentUser.username();
    FieldErrors errors = new FieldErrors();
    String clientId = Input.clean(item.id());
    if (clientId == null) {
      errors.add("id", "pkh.session.idRequired");
    } else if (!clientId.matches("[A-Za-z0-9-]{8,36}")) {
      errors.add("id", "pkh.session.idFormat");
    }
    String groupCode = Input.clean(item.groupCode());
    PkhGroup group = null;
    if (groupCode == null) {
      errors.add("groupCode", "pkh.group.required");
    } else if (!groupCode.matches(PkhGroup.CODE_PATTERN)) {
      errors.add("groupCode", "pkh.group.codeFormat");
    } else {
      group = em.find(PkhGroup.class, groupCode);
      if (group != null && !group.isOf(me)) {
        errors.add("groupCode", "pkh.group.ofAnother");
      }
    }
    String moduleCode = Input.clean(item.moduleCode());
    if (moduleCode == null) {
      errors.add("moduleCode", "pkh.session.moduleRequired");
    } else if (item.sessionNo() == null) {
      errors.add("sessionNo", "pkh.session.sessionRequired");
    } else if (em.find(P2k2Session.class, new P2k2Session.Key(moduleCode, item.sessionNo()))
        == null) {
      errors.add("sessionNo", "pkh.session.unknown", moduleCode, item.sessionNo());
    }
    LocalDate today = districtTime.today();
    LocalDate heldOn = null;
    if (Input.clean(item.heldOn()) == null) {
      errors.add("heldOn", "pkh.session.heldOnRequired");
    } else {
      heldOn = errors.date("heldOn", item.heldOn());
      if (heldOn != null && heldOn.isAfter(today)) {
        errors.add("heldOn", "pkh.session.heldOnFuture");
        heldOn = null;
      } else if (heldOn != null && heldOn.isBefore(today.minusDays(MAX_DAYS_BACK))) {
        errors.add("heldOn", "pkh.session.heldOnTooOld");
        heldOn = null;
      }
    }
    String place = Input.clean(item.place());
    if (place != null && place.length() > MAX_PLACE) {
      errors.add("place", "pkh.session.tooLong", MAX_PLACE);
    }
    String notes = Input.clean(item.notes());
    if (notes != null && notes.length() > MAX_NOTES) {
      errors.add("notes", "pkh.session.tooLong", MAX_NOTES);
    }
    List<Attendance> attendance = attendance(item.attendance(), groupCode, errors);
    errors.throwIfAny();

    if (group == null) {
      // API.md: a group code the facilitator does not have yet becomes one of theirs
      group = new PkhGroup(groupCode, me);
      em.persist(group);
      em.flush(); // before the log that refers to it: EclipseLink does not order unrelated inserts
    }
    SessionLog incoming =
        new SessionLog(
            clientId,
            groupCode,
            moduleCode,
            item.sessionNo(),
            heldOn,
            place,
            notes,
            attendance,
            me,
            clock.instant());
    Optional<SessionLog> sameId =
        em
            .createQuery("SELECT s FROM SessionLog s WHERE s.clientId = :c", SessionLog.class)
            .setParameter("c", clientId)
            .getResultList()
            .stream()
            .findFirst();
    Optional<SessionLog> counted =
        em
            .createQuery(
                "SELECT s FROM SessionLog s WHERE s.groupCode = :g AND s.moduleCode = :m"
                    + " AND s.sessionNo = :n AND s.state = :counts",
                SessionLog.class)
            .setParameter("g", groupCode)
            .setParameter("m", moduleCode)
            .setParameter("n", item.sessionNo())
            .setParameter("counts", LogState.TERCATAT)
            .getResultList()
            .stream()
            .findFirst();
    return switch (incoming.receive(sameId, counted)) {
      case UNCHANGED ->
          new SyncOutcome(
              clientId,
              SyncOutcome.UNCHANGED,
              sameId.or(() -> counted).map(SessionLog::id).orElse(null),
              null,
              null);
      case ID_REUSED ->
          new SyncOutcome(
              clientId,
              SyncOutcome.ERROR,
              null,
              null,
              List.of(FieldError.of("id", "pkh.session.idReused")));
      case CREATED -> {
        em.persist(incoming);
        em.flush();
        yield new SyncOutcome(
            clientId, SyncOutcome.CREATED, incoming.id(), incoming.conflictOf().orElse(null), null);
      }
    };
  }

  /** Each KPM once, active, of this group; the KPM read in one query. */
  private List<Attendance> attendance(
      List<AttendanceInput> given, String groupCode, FieldErrors errors) {
    List<AttendanceInput> list = given == null ? List.of() : given;
    if (list.isEmpty()) {
      errors.add("attendance", "pkh.session.attendanceRequired");
      return List.of();
    }
    Set<String> numbers = new HashSet<>();
    for (AttendanceInput a : list) {
      if (a != null && Input.clean(a.participantNumber()) != null) {
        numbers.add(Input.clean(a.participantNumber()));
      }
    }
    Map<String, Kpm> kpm = new HashMap<>();
    if (!numbers.isEmpty()) {
      em.createQuery("SELECT k FROM Kpm k WHERE k.participantNumber IN :n", Kpm.class)
          .setParameter("n", numbers)
          .getResultList()
          .forEach(k -> kpm.put(k.participantNumber().value(), k));
    }
    List<Attendance> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "attendance[" + i + "]";
      AttendanceInput a = list.get(i) == null ? new AttendanceInput(null, null) : list.get(i);
      String number = Input.clean(a.participantNumber());
      AttendanceStatus status = errors.code(at + ".status", AttendanceStatus.class, a.status());
      if (status == null && Input.clean(a.status()) == null) {
        errors.add(at + ".status", "pkh.session.statusRequired");
      }
      Kpm k = number == null ? null : kpm.get(number);
      if (number == null) {
        errors.add(at + ".participantNumber", "pkh.participantNumber.required");
      } else if (k == null || !k.groupCode().equals(groupCode)) {
        // a KPM of another group or facilitator reads like one that does not exist
        errors.add(at + ".participantNumber", "pkh.session.notInGroup", number);
      } else if (k.status() != KpmStatus.AKTIF) {
        errors.add(at + ".participantNumber", "pkh.session.kpmNotActive", number);
      } else if (!seen.add(number)) {
        errors.add(at + ".participantNumber", "pkh.session.kpmTwice", number);
      } else if (status != null) {
        out.add(new Attendance(k.id(), status));
      }
    }
    return out;
  }
}
