package id.slrt.pkh.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.pkh.api.EditP2k2Module;
import id.slrt.pkh.api.P2k2CatalogueService;
import id.slrt.pkh.api.P2k2ModuleDetails;
import id.slrt.pkh.domain.model.p2k2.P2k2Module;
import id.slrt.pkh.domain.model.p2k2.P2k2Session;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the district's P2K2 curriculum. */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN_KABUPATEN,
  Role.Names.PETUGAS_PUSKESOS,
  Role.Names.KADER_KLIK,
  Role.Names.MANAJER_KASUS_P2TP2A,
  Role.Names.PENDAMPING_PKH,
  Role.Names.KOORDINATOR_PKH,
  Role.Names.MITRA_DINAS
})
public class DefaultP2k2CatalogueService implements P2k2CatalogueService {
  @Inject @TenantDb EntityManager em;

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("pkh.catalogue.module")
  public P2k2ModuleDetails saveModule(String code, EditP2k2Module module) {
    EditP2k2Module m = module == null ? new EditP2k2Module(null, null) : module;
    String c = Input.clean(code);
    String title = Input.clean(m.title());
    List<String> titles =
        m.sessions() == null
            ? null
            : m.sessions().stream().map(x -> x == null ? null : Input.clean(x.title())).toList();
    FieldErrors errors = new FieldErrors();
    P2k2Module.check(c, title, titles, errors);
    errors.throwIfAny();
    // the whole curriculum is renumbered: lock it against a second edit at the same moment
    List<P2k2Module> all =
        em.createNamedQuery("P2k2Module.findAll", P2k2Module.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Integer logged =
        em.createQuery(
                "SELECT MAX(l.sessionNo) FROM SessionLog l WHERE l.moduleCode = :c", Integer.class)
            .setParameter("c", c)
            .getSingleResult();
    P2k2Module.checkKeepsLogged(titles.size(), logged == null ? 0 : logged);
    P2k2Module target = all.stream().filter(x -> x.code().equals(c)).findFirst().orElse(null);
    List<P2k2Module> inOrder = new ArrayList<>(all);
    if (target == null) {
      target = new P2k2Module(c, title);
      em.persist(target);
      em.flush(); // its sessions refer to it, and EclipseLink does not order unrelated inserts
      inOrder.add(target);
    } else {
      target.retitle(title);
    }
    List<P2k2Session> sessions =
        em.createQuery(
                "SELECT s FROM P2k2Session s WHERE s.moduleCode = :c ORDER BY s.sessionNo",
                P2k2Session.class)
            .setParameter("c", c)
            .getResultList();
    for (P2k2Session s : sessions) {
      if (s.sessionNo() > titles.size()) {
        em.remove(s);
      } else {
        s.retitle(titles.get(s.sessionNo() - 1));
      }
    }
    for (int no = sessions.size() + 1; no <= titles.size(); no++) {
      em.persist(new P2k2Session(c, no, titles.get(no - 1)));
    }
    Map<String, Integer> counts = new HashMap<>();
    em.createQuery(
            "SELECT s.moduleCode, COUNT(s) FROM P2k2Session s GROUP BY s.moduleCode",
            Object[].class)
        .getResultList()
        .forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
    counts.put(c, titles.size());
    P2k2Module.renumber(inOrder, counts);
    em.flush();
    String saved = c;
    return modules().stream().filter(x -> x.code().equals(saved)).findFirst().orElseThrow();
  }

  @Override
  public List<P2k2ModuleDetails> modules() {
    Map<String, List<P2k2Session>> sessions =
        em.createNamedQuery("P2k2Session.findAll", P2k2Session.class).getResultList().stream()
            .collect(Collectors.groupingBy(P2k2Session::moduleCode));
    return em.createNamedQuery("P2k2Module.findAll", P2k2Module.class).getResultList().stream()
        .map(
            m ->
                new P2k2ModuleDetails(
                    m.code(),
                    m.title(),
                    m.firstSession(),
                    m.lastSession(),
                    sessions.getOrDefault(m.code(), List.of()).stream()
                        .map(
                            s ->
                                new P2k2ModuleDetails.Session(
                                    s.sessionNo(), m.firstSession() + s.sessionNo() - 1, s.title()))
                        .toList()))
        .toList();
  }
}
