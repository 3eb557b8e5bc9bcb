package id.slrt.pkh.application;

import id.slrt.core.audit.AuditTrail;
import id.slrt.core.audit.Audited;
import id.slrt.core.error.BusinessException;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.PkhScope;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.pkh.api.AttendanceSheet;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmFilter;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.P2k2SessionService;
import id.slrt.pkh.api.SessionLogDetails;
import id.slrt.pkh.api.SessionLogDetails.AttendanceDetails;
import id.slrt.pkh.api.SessionLogInput;
import id.slrt.pkh.api.SheetPhotoDetails;
import id.slrt.pkh.api.SheetPhotoImage;
import id.slrt.pkh.api.SyncOutcome;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.PkhGroup;
import id.slrt.pkh.domain.model.p2k2.Attendance;
import id.slrt.pkh.domain.model.p2k2.LogState;
import id.slrt.pkh.domain.model.p2k2.P2k2Module;
import id.slrt.pkh.domain.model.p2k2.P2k2Session;
import id.slrt.pkh.domain.model.p2k2.SessionLog;
import id.slrt.pkh.domain.model.p2k2.SheetPhoto;
import id.slrt.pkh.infrastructure.AttendanceSheetPdf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * P2K2 session logs. A phone's batch is taken in log by log ({@link SessionLogWriter}, each in its
 * own transaction), so the answer says per log what became of it. Who reads which logs is the
 * access policy's PKH scope, as for the KPM.
 */
@Stateless
public class DefaultP2k2SessionService implements P2k2SessionService {
  private static final Logger LOG = Logger.getLogger(DefaultP2k2SessionService.class.getName());

  /** At most this many logs in one batch (a month of three groups is three). */
  public static final int MAX_BATCH = 200;

  private static final String NOT_FOUND = "pkh.session.notFound";

  @Inject SessionLogWriter writer;
  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject PersonDirectory people;
  @Inject AuditTrail trail;
  @Inject KpmService kpm;
  @Inject TenantContext tenants;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<SyncOutcome> sync(List<SessionLogInput> batch) {
    if (batch == null) {
      FieldErrors errors = new FieldErrors();
      errors.add("", "pkh.sync.batchRequired");
      errors.throwIfAny();
    }
    if (batch.size() > MAX_BATCH) {
      FieldErrors errors = new FieldErrors();
      errors.add("", "pkh.sync.batchTooLarge", MAX_BATCH);
      errors.throwIfAny();
    }
    List<SyncOutcome> out = new ArrayList<>(batch.size());
    int created = 0;
    for (SessionLogInput item : batch) {
      SyncOutcome outcome = take(item);
      if (SyncOutcome.CREATED.equals(outcome.result())) {
        created++;
      }
      out.add(outcome);
    }
    int made = created;
    trail.record("pkh.p2k2.sync", batch.size() + " log(s), " + made + " new");
    return out;
  }

  private SyncOutcome take(SessionLogInput given) {
    SessionLogInput item =
        given == null ? new SessionLogInput(null, null, null, null, null, null, null, null) : given;
    String id = Input.clean(item.id());
    for (int attempt = 1; ; attempt++) {
      try {
        return writer.write(item);
      } catch (ValidationException e) {
        return new SyncOutcome(id, SyncOutcome.ERROR, null, null, e.errors());
      } catch (BusinessException e) {
        return new SyncOutcome(
            id,
            SyncOutcome.ERROR,
            null,
            null,
            List.of(FieldError.of("", e.messageKey(), e.arguments())));
      } catch (EJBException e) {
        // two phones sending the same session at once: the unique keys refuse the second; read
        // again, it is then unchanged or a conflict
        if (attempt >= 2) {
          LOG.log(Level.WARNING, "A P2K2 log could not be stored: {0}", e.getClass().getName());
          return new SyncOutcome(
              id, SyncOutcome.ERROR, null, null, List.of(FieldError.of("", "pkh.sync.tryAgain")));
        }
      }
    }
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public Page<SessionLogDetails> logs(String groupCode, String state, PageRequest page) {
    FieldErrors errors = new FieldErrors();
    LogState s = errors.code("state", LogState.class, state);
    errors.throwIfAny();
    String group = Input.clean(groupCode);
    String extra =
        (group == null ? "" : " AND s.groupCode = :group") + (s == null ? "" : " AND s.state = :s");
    TypedQuery<SessionLog> rows =
        scoped(
            "SELECT s FROM SessionLog s",
            extra,
            " ORDER BY s.heldOn DESC, s.id DESC",
            SessionLog.class);
    TypedQuery<Long> count = scoped("SELECT COUNT(s) FROM SessionLog s", extra, "", Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      if (group != null) {
        q.setParameter("group", group);
      }
      if (s != null) {
        q.setParameter("s", s);
      }
    }
    List<SessionLog> found =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(details(found), page.page(), page.size(), count.getSingleResult());
  }

  /**
   * Logs {@code s} narrowed to the caller's scope: a facilitator's own groups, a coordinator's
   * groups with a KPM in their place, the district's for the admin.
   */
  private <T> TypedQuery<T> scoped(String select, String extra, String tail, Class<T> type) {
    PkhScope scope = access.pkhScope();
    // a log is seen with its group's KPM (a log has attendance, so its group has KPM)
    return PkhScopes.bind(
        em.createQuery(
            select
                + " WHERE 1 = 1"
                + extra
                + " AND EXISTS (SELECT k FROM Kpm k, PkhGroup g WHERE g.code = k.groupCode"
                + " AND k.groupCode = s.groupCode"
                + PkhScopes.condition(scope)
                + ")"
                + tail,
            type),
        scope);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public SessionLogDetails log(long id) {
    return details(List.of(visible(id))).get(0);
  }

  private SessionLog visible(long id) {
    return scoped("SELECT s FROM SessionLog s", " AND s.id = :id", "", SessionLog.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public AttendanceSheet attendanceSheet(
      String groupCode, String moduleCode, String sessionNumber, String heldOn) {
    String code = Input.clean(groupCode);
    // the group's active KPM as the caller's scope sees them: none seen, no sheet
    List<KpmDetails> members =
        code == null
            ? List.of()
            : kpm.search(new KpmFilter(code, "AKTIF"), new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    PkhGroup group = code == null ? null : em.find(PkhGroup.class, code);
    PkhScope scope = access.pkhScope();
    boolean seen =
        group != null
            && (scope.isFacilitator() ? group.isOf(scope.facilitator()) : !members.isEmpty());
    if (!seen) {
      throw new NotFoundException("pkh.group.notFound");
    }
    FieldErrors errors = new FieldErrors();
    String module = Input.clean(moduleCode);
    P2k2Session session = null;
    Integer sessionNo =
        Input.clean(sessionNumber) == null || !sessionNumber.strip().matches("[0-9]{1,3}")
            ? null
            : Integer.valueOf(sessionNumber.strip());
    if (module == null) {
      errors.add("moduleCode", "pkh.session.moduleRequired");
    } else if (sessionNo == null) {
      errors.add("sessionNo", "pkh.session.sessionRequired");
    } else {
      session = em.find(P2k2Session.class, new P2k2Session.Key(module, sessionNo));
      if (session == null) {
        errors.add("sessionNo", "pkh.session.unknown", module, sessionNo);
      }
    }
    java.time.LocalDate day = Input.clean(heldOn) == null ? null : errors.date("heldOn", heldOn);
    errors.throwIfAny();
    P2k2Module m = em.find(P2k2Module.class, module);
    byte[] pdf =
        AttendanceSheetPdf.render(
            new AttendanceSheetPdf.Content(
                tenants.require().name(),
                group.code(),
                group.facilitator(),
                m.code() + " — " + m.title(),
                session.sessionNo() + ". " + session.title(),
                day,
                members.stream()
                    .map(k -> new AttendanceSheetPdf.Row(k.recipientName(), k.participantNumber()))
                    .toList()));
    return new AttendanceSheet(
        "daftar-hadir-" + group.code() + "-" + module + "-" + sessionNo + ".pdf", pdf);
  }

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.p2k2.decide")
  public SessionLogDetails decide(long id, Boolean keep) {
    if (keep == null) {
      FieldErrors errors = new FieldErrors();
      errors.add("keep", "pkh.session.keepRequired");
      errors.throwIfAny();
    }
    SessionLog log = visible(id);
    SessionLog counted =
        log.conflictOf().map(other -> em.find(SessionLog.class, other)).orElse(null);
    log.decide(keep, counted);
    em.flush();
    return details(List.of(log)).get(0);
  }

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.session.photo")
  public SheetPhotoDetails putSheetPhoto(long id, byte[] image) {
    SessionLog log = visible(id);
    FieldErrors errors = new FieldErrors();
    Optional<String> type = SheetPhoto.check(image, errors);
    errors.throwIfAny();
    SheetPhoto photo = em.find(SheetPhoto.class, log.id());
    boolean fresh = photo == null;
    if (fresh) {
      photo = new SheetPhoto(log.id());
    }
    boolean changed = photo.replaceWith(image, type.get(), currentUser.username(), clock.instant());
    if (fresh) {
      em.persist(photo);
    }
    em.flush();
    return new SheetPhotoDetails(
        log.id(),
        photo.contentType(),
        photo.size(),
        photo.sha256(),
        photo.uploadedBy(),
        photo.uploadedAt(),
        changed);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public SheetPhotoImage sheetPhoto(long id) {
    SessionLog log = visible(id);
    SheetPhoto photo = em.find(SheetPhoto.class, log.id());
    if (photo == null) {
      throw new NotFoundException("pkh.photo.notFound");
    }
    String extension = photo.contentType().substring("image/".length()).replace("jpeg", "jpg");
    return new SheetPhotoImage(
        photo.data(),
        photo.contentType(),
        "daftar-hadir-" + log.groupCode() + "-" + log.heldOn() + "." + extension);
  }

  private List<SessionLogDetails> details(List<SessionLog> logs) {
    Set<Long> kpmIds = new HashSet<>();
    logs.forEach(l -> l.attendance().forEach(a -> kpmIds.add(a.kpmId())));
    Map<Long, Kpm> kpm = new HashMap<>();
    if (!kpmIds.isEmpty()) {
      em.createQuery("SELECT k FROM Kpm k WHERE k.id IN :ids", Kpm.class)
          .setParameter("ids", kpmIds)
          .getResultList()
          .forEach(k -> kpm.put(k.id(), k));
    }
    Set<Long> persons = new HashSet<>();
    kpm.values().forEach(k -> persons.add(k.recipientPersonId()));
    Map<Long, PersonCard> cards = persons.isEmpty() ? Map.of() : people.byIds(persons);
    Set<Long> photos = new HashSet<>();
    if (!logs.isEmpty()) {
      photos.addAll(
          em.createQuery("SELECT p.logId FROM SheetPhoto p WHERE p.logId IN :ids", Long.class)
              .setParameter("ids", logs.stream().map(SessionLog::id).toList())
              .getResultList());
    }
    return logs.stream()
        .map(
            l ->
                new SessionLogDetails(
                    l.id(),
                    l.clientId(),
                    l.groupCode(),
                    l.moduleCode(),
                    l.sessionNo(),
                    l.heldOn(),
                    l.place().orElse(null),
                    l.notes().orElse(null),
                    l.state().name(),
                    l.conflictOf().orElse(null),
                    l.loggedBy(),
                    l.loggedAt(),
                    photos.contains(l.id()),
                    l.attendance().stream().map(a -> attendance(a, kpm, cards)).toList()))
        .toList();
  }

  private static AttendanceDetails attendance(
      Attendance a, Map<Long, Kpm> kpm, Map<Long, PersonCard> cards) {
    Kpm k = kpm.get(a.kpmId());
    PersonCard recipient = k == null ? null : cards.get(k.recipientPersonId());
    return new AttendanceDetails(
        k == null ? null : k.participantNumber().value(),
        recipient == null ? null : recipient.name(),
        a.status().name());
  }
}
