package id.slrt.web.intake.web;

import id.slrt.core.identity.RegionCode;
import id.slrt.core.region.Region;
import id.slrt.core.region.Regions;
import id.slrt.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Kecamatan and desa pickers, limited to the signed-in user's district. */
@Named("regionOptions")
@RequestScoped
public class RegionOptions {
  @Inject Regions regions;
  @Inject TenantContext tenantContext;

  public List<Region> districts() {
    return tenantContext.current().map(t -> regions.children(t.regency())).orElse(List.of());
  }

  /** The villages of a kecamatan of this district; none for a code outside it. */
  public List<Region> villages(String districtCode) {
    if (districtCode == null || districtCode.isBlank()) {
      return List.of();
    }
    RegionCode district = RegionCode.parse(districtCode);
    boolean ours = tenantContext.current().map(t -> district.isWithin(t.regency())).orElse(false);
    return ours ? regions.children(district) : List.of();
  }
}
