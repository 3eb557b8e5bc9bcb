package id.slrt.pkh.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.PkhScope;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.pkh.api.AttendanceSheet;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.StickerService;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import id.slrt.pkh.domain.model.kpm.StickerText;
import id.slrt.pkh.infrastructure.StickerPdf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;

/** Stickers on KPM houses; the text's rule is the {@link StickerText}'s. */
@Stateless
public class DefaultStickerService implements StickerService {
  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject DistrictTime districtTime;
  @Inject TenantContext tenants;
  @Inject KpmService kpmService;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public String text() {
    StickerText t = em.find(StickerText.class, StickerText.THE_TEXT);
    return t == null ? StickerText.DEFAULT : t.text();
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("pkh.sticker.text")
  public String changeText(String text) {
    StickerText t =
        em.find(StickerText.class, StickerText.THE_TEXT, LockModeType.PESSIMISTIC_WRITE);
    if (t == null) {
      t = new StickerText();
      em.persist(t);
    }
    t.change(Input.clean(text), new FieldErrors());
    em.flush();
    return t.text();
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public AttendanceSheet stickers(String groupCode) {
    String code = Input.clean(groupCode);
    PkhScope scope = access.pkhScope();
    List<String> numbers =
        code == null
            ? List.of()
            : PkhScopes.bind(
                    em.createQuery(
                        "SELECT k.participantNumber FROM Kpm k, PkhGroup g"
                            + " WHERE g.code = k.groupCode AND k.groupCode = :code"
                            + " AND k.status = :active"
                            + PkhScopes.condition(scope)
                            + " ORDER BY k.participantNumber",
                        String.class),
                    scope)
                .setParameter("code", code)
                .setParameter("active", KpmStatus.AKTIF)
                .getResultList();
    if (numbers.isEmpty()) {
      // a group the caller does not see and one without KPM answer alike
      throw new NotFoundException("pkh.group.notFound");
    }
    return new AttendanceSheet(
        "stiker-" + code + ".pdf", StickerPdf.render(text(), tenants.require().name(), numbers));
  }

  @Override
  @RolesAllowed(Role.Names.PENDAMPING_PKH)
  @Audited("pkh.sticker.placed")
  public KpmDetails placed(String participantNumber, String on) {
    Kpm kpm = PkhScopes.requireVisibleKpm(em, access.pkhScope(), participantNumber);
    FieldErrors errors = new FieldErrors();
    LocalDate today = districtTime.today();
    LocalDate day = Input.clean(on) == null ? today : errors.date("on", on);
    if (day != null && day.isAfter(today)) {
      errors.add("on", "pkh.sticker.future");
    }
    errors.throwIfAny();
    kpm.stickerPlaced(day, text());
    em.flush();
    return kpmService.get(kpm.participantNumber().value());
  }
}
