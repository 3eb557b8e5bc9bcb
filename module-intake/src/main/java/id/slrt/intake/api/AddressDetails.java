package id.slrt.intake.api;

/** A household's address, with the names of its village and kecamatan. */
public record AddressDetails(
    String villageCode,
    String villageName,
    String districtCode,
    String districtName,
    String rt,
    String rw,
    String street,
    String dusun) {}
