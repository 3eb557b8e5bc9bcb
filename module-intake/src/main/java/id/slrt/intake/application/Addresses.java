package id.slrt.intake.application;

import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionLevel;
import id.slrt.core.region.Regions;
import id.slrt.intake.api.AddressDetails;
import id.slrt.intake.domain.model.household.Address;

/** An address as the API and the screens show it: codes with the names of village and kecamatan. */
final class Addresses {
  private Addresses() {}

  static AddressDetails details(Address a, Regions regions) {
    RegionCode village = a.village();
    RegionCode district = village.at(RegionLevel.DISTRICT);
    return new AddressDetails(
        village.value(),
        regions.name(village).orElse(null),
        district.value(),
        regions.name(district).orElse(null),
        a.rt(),
        a.rw(),
        a.street(),
        a.dusun());
  }
}
