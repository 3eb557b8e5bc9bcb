package id.slrt.reporting.application;

import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.reporting.api.DistrictCounts;
import id.slrt.reporting.api.DistrictSummaryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reads the district's counts from the reporting view. Native SQL is safe here: the query runs on
 * the tenant's own connection pool, whose default schema is the tenant's.
 */
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
public class DefaultDistrictSummaryService implements DistrictSummaryService {
  @Inject @TenantDb EntityManager em;

  @Override
  public DistrictCounts counts() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT households, persons, female_headed_households"
                        + " FROM v_reporting_district_counts")
                .getSingleResult();
    return new DistrictCounts(number(row[0]), number(row[1]), number(row[2]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
