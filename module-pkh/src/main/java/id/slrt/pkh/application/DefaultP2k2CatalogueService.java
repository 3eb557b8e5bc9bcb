package id.slrt.pkh.application;

import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.pkh.api.P2k2CatalogueService;
import id.slrt.pkh.api.P2k2ModuleDetails;
import id.slrt.pkh.domain.model.p2k2.P2k2Module;
import id.slrt.pkh.domain.model.p2k2.P2k2Session;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
