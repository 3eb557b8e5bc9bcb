package id.slrt.web.core.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.organisation.Organisation.LegalBasisInput;
import id.slrt.core.organisation.Organisation.ProviderInput;
import id.slrt.core.organisation.Organisation.ProviderView;
import id.slrt.core.organisation.Organisation.UnitInput;
import id.slrt.core.organisation.Organisation.UnitView;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.organisation.ProviderCategory;
import id.slrt.core.organisation.ProviderKind;
import id.slrt.core.organisation.UnitKind;
import id.slrt.core.region.Region;
import id.slrt.core.region.Regions;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The district's organisation for its admin: units (secretariat, Puskesos with their SK, kecamatan
 * supervision) and partner agencies with their legal basis; add, change, set inactive.
 */
@Named("organisationAdmin")
@ViewScoped
public class OrganisationBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisation;
  @Inject TenantContext tenantContext;
  @Inject Regions regions;

  private List<UnitView> units = List.of();
  private List<ProviderView> providers = List.of();
  private List<Region> kecamatan = List.of();

  /** The unit form; {@code unitVersion} is set while an existing unit is edited. */
  private final UnitForm unit = new UnitForm();

  private final ProviderForm provider = new ProviderForm();

  @PostConstruct
  public void load() {
    units = organisation.units();
    providers = organisation.providers();
    kecamatan = regions.children(tenantContext.require().regency());
  }

  /** The villages of the kecamatan chosen in the unit form. */
  public List<Region> getVillages() {
    String k = unit.kecamatanCode;
    if (k == null) {
      return List.of();
    }
    return kecamatan.stream()
        .filter(r -> r.code().value().equals(k))
        .findFirst()
        .map(r -> regions.children(r.code()))
        .orElse(List.of());
  }

  public List<String> getUnitKinds() {
    return Arrays.stream(UnitKind.values()).map(Enum::name).toList();
  }

  public List<String> getProviderKinds() {
    return Arrays.stream(ProviderKind.values()).map(Enum::name).toList();
  }

  public List<String> getProviderCategories() {
    return Arrays.stream(ProviderCategory.values()).map(Enum::name).toList();
  }

  public void saveUnit() {
    UnitInput input =
        new UnitInput(
            unit.code,
            unit.name,
            unit.kind,
            unit.villageCode,
            unit.kecamatanCode,
            unit.skNumber,
            unit.skDate == null ? null : unit.skDate.toString(),
            unit.active);
    try {
      UnitView saved =
          unit.version == null
              ? organisation.addUnit(input)
              : organisation.updateUnit(unit.code, id -> unit.version.longValue(), input);
      Faces.info(Faces.text("organisation.saved", saved.name()));
      unit.clear();
      load();
    } catch (BusinessException e) {
      Faces.refused(
          e,
          Map.of(
              "code", "org:tabs:unitCode",
              "name", "org:tabs:unitName",
              "kind", "org:tabs:unitKind",
              "villageCode", "org:tabs:unitVillage",
              "kecamatanCode", "org:tabs:unitKecamatan",
              "skNumber", "org:tabs:unitSk",
              "skDate", "org:tabs:unitSkDate"));
    }
  }

  public void editUnit(String code) {
    UnitView u = organisation.unit(code);
    unit.code = u.code();
    unit.name = u.name();
    unit.kind = u.kind();
    unit.kecamatanCode = u.kecamatanCode();
    unit.villageCode = u.villageCode();
    unit.skNumber = u.skNumber();
    unit.skDate = u.skDate();
    unit.active = u.active();
    unit.version = u.version();
  }

  public void saveProvider() {
    ProviderInput input =
        new ProviderInput(
            provider.code,
            provider.name,
            provider.kind,
            provider.category,
            new LegalBasisInput(
                provider.perbupArticle,
                provider.agreementNumber,
                provider.validFrom == null ? null : provider.validFrom.toString(),
                provider.validUntil == null ? null : provider.validUntil.toString(),
                provider.dataAllowed),
            provider.active);
    try {
      ProviderView saved =
          provider.version == null
              ? organisation.addProvider(input)
              : organisation.updateProvider(
                  provider.code, id -> provider.version.longValue(), input);
      Faces.info(Faces.text("organisation.saved", saved.name()));
      provider.clear();
      load();
    } catch (BusinessException e) {
      Faces.refused(
          e,
          Map.of(
              "code", "org:tabs:providerCode",
              "name", "org:tabs:providerName",
              "kind", "org:tabs:providerKind",
              "category", "org:tabs:providerCategory",
              "legalBasis.validUntil", "org:tabs:providerUntil",
              "legalBasis.validFrom", "org:tabs:providerFrom"));
    }
  }

  public void editProvider(String code) {
    ProviderView p = organisation.provider(code);
    provider.code = p.code();
    provider.name = p.name();
    provider.kind = p.kind();
    provider.category = p.category();
    provider.perbupArticle = p.legalBasis().perbupArticle();
    provider.agreementNumber = p.legalBasis().agreementNumber();
    provider.validFrom = p.legalBasis().validFrom();
    provider.validUntil = p.legalBasis().validUntil();
    provider.dataAllowed = p.legalBasis().dataAllowed();
    provider.active = p.active();
    provider.version = p.version();
  }

  public void clearUnit() {
    unit.clear();
  }

  public void clearProvider() {
    provider.clear();
  }

  public List<UnitView> getUnits() {
    return units;
  }

  public List<ProviderView> getProviders() {
    return providers;
  }

  public List<Region> getKecamatan() {
    return kecamatan;
  }

  public UnitForm getUnit() {
    return unit;
  }

  public ProviderForm getProvider() {
    return provider;
  }

  /** The unit being added or changed. */
  public static class UnitForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private String kind = UnitKind.PUSKESOS.name();
    private String kecamatanCode;
    private String villageCode;
    private String skNumber;
    private LocalDate skDate;
    private boolean active = true;
    private Integer version;

    void clear() {
      code = null;
      name = null;
      kind = UnitKind.PUSKESOS.name();
      kecamatanCode = null;
      villageCode = null;
      skNumber = null;
      skDate = null;
      active = true;
      version = null;
    }

    public boolean isEditing() {
      return version != null;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getKecamatanCode() {
      return kecamatanCode;
    }

    public void setKecamatanCode(String kecamatanCode) {
      this.kecamatanCode = kecamatanCode;
    }

    public String getVillageCode() {
      return villageCode;
    }

    public void setVillageCode(String villageCode) {
      this.villageCode = villageCode;
    }

    public String getSkNumber() {
      return skNumber;
    }

    public void setSkNumber(String skNumber) {
      this.skNumber = skNumber;
    }

    public LocalDate getSkDate() {
      return skDate;
    }

    public void setSkDate(LocalDate skDate) {
      this.skDate = skDate;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }
  }

  /** The agency being added or changed. */
  public static class ProviderForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private String kind = ProviderKind.PEMERINTAH.name();
    private String category;
    private String perbupArticle;
    private String agreementNumber;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String dataAllowed;
    private boolean active = true;
    private Integer version;

    void clear() {
      code = null;
      name = null;
      kind = ProviderKind.PEMERINTAH.name();
      category = null;
      perbupArticle = null;
      agreementNumber = null;
      validFrom = null;
      validUntil = null;
      dataAllowed = null;
      active = true;
      version = null;
    }

    public boolean isEditing() {
      return version != null;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getCategory() {
      return category;
    }

    public void setCategory(String category) {
      this.category = category;
    }

    public String getPerbupArticle() {
      return perbupArticle;
    }

    public void setPerbupArticle(String perbupArticle) {
      this.perbupArticle = perbupArticle;
    }

    public String getAgreementNumber() {
      return agreementNumber;
    }

    public void setAgreementNumber(String agreementNumber) {
      this.agreementNumber = agreementNumber;
    }

    public LocalDate getValidFrom() {
      return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
      this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
      return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
      this.validUntil = validUntil;
    }

    public String getDataAllowed() {
      return dataAllowed;
    }

    public void setDataAllowed(String dataAllowed) {
      this.dataAllowed = dataAllowed;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }
  }
}
