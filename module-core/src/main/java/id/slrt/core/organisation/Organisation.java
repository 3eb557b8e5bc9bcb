package id.slrt.core.organisation;

import java.time.LocalDate;

/** What the API and the screens see of the district's organisation, and what they send. */
public final class Organisation {
  private Organisation() {}

  public record UnitView(
      long id,
      String code,
      String name,
      String kind,
      String villageCode,
      String villageName,
      String kecamatanCode,
      String kecamatanName,
      String skNumber,
      LocalDate skDate,
      boolean active,
      int version) {}

  public record UnitInput(
      String code,
      String name,
      String kind,
      String villageCode,
      String kecamatanCode,
      String skNumber,
      String skDate,
      Boolean active) {}

  public record LegalBasis(
      String perbupArticle,
      String agreementNumber,
      LocalDate validFrom,
      LocalDate validUntil,
      String dataAllowed) {}

  public record ProviderView(
      long id,
      String code,
      String name,
      String kind,
      String category,
      LegalBasis legalBasis,
      boolean active,
      boolean inForce,
      int version) {}

  public record LegalBasisInput(
      String perbupArticle,
      String agreementNumber,
      String validFrom,
      String validUntil,
      String dataAllowed) {}

  public record ProviderInput(
      String code,
      String name,
      String kind,
      String category,
      LegalBasisInput legalBasis,
      Boolean active) {}
}
