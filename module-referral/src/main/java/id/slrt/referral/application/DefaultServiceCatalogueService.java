package id.slrt.referral.application;

import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.referral.api.ServiceCatalogueService;
import id.slrt.referral.api.ServiceDetails;
import id.slrt.referral.domain.model.service.ServiceOffering;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads the district's service catalogue. */
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
public class DefaultServiceCatalogueService implements ServiceCatalogueService {
  @Inject @TenantDb EntityManager em;

  @Override
  public List<ServiceDetails> activeServices() {
    return em
        .createNamedQuery("ServiceOffering.findActive", ServiceOffering.class)
        .getResultList()
        .stream()
        .map(s -> new ServiceDetails(s.code(), s.name(), s.provider(), s.slaDays()))
        .toList();
  }
}
