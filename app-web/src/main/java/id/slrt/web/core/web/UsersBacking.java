package id.slrt.web.core.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.organisation.Organisation.ProviderView;
import id.slrt.core.organisation.Organisation.UnitView;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.region.Region;
import id.slrt.core.region.Regions;
import id.slrt.core.security.Role;
import id.slrt.core.security.UserAdministration;
import id.slrt.core.security.UserAdministration.UserInput;
import id.slrt.core.security.UserAdministration.UserView;
import id.slrt.core.security.UserAdministration.UserWithPassword;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The district admin's user screen: the district's users with their roles, place and last sign-in;
 * a form to add or change one; deactivation and password reset. A one-time password is shown once,
 * right after it is made, for the admin to hand over.
 */
@Named("usersAdmin")
@ViewScoped
public class UsersBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "username", "users:username",
          "name", "users:name",
          "roles", "users:roles",
          "unitCode", "users:unit",
          "kecamatanCode", "users:kecamatan",
          "providerCode", "users:provider");

  @Inject UserAdministration users;
  @Inject OrganisationService organisation;
  @Inject TenantContext tenantContext;
  @Inject Regions regions;

  private List<UserView> items = List.of();
  private long total;
  private List<UnitView> units = List.of();
  private List<ProviderView> providers = List.of();
  private List<Region> kecamatan = List.of();

  private Long editing;
  private Integer editingVersion;
  private String username;
  private String name;
  private List<String> roles = new ArrayList<>();
  private String unitCode;
  private String kecamatanCode;
  private String providerCode;

  private String issuedFor;
  private String issuedPassword;

  @PostConstruct
  public void load() {
    var page = users.list(PageRequest.of(0, PageRequest.MAX_SIZE));
    items = page.items();
    total = page.total();
    units = organisation.units().stream().filter(UnitView::active).toList();
    providers = organisation.providers().stream().filter(ProviderView::active).toList();
    kecamatan = regions.children(tenantContext.require().regency());
  }

  public List<String> getRoleOptions() {
    return Arrays.stream(Role.values()).filter(Role::isTenantBound).map(Role::name).toList();
  }

  public void save() {
    UserInput input = new UserInput(username, name, roles, unitCode, kecamatanCode, providerCode);
    try {
      if (editing == null) {
        UserWithPassword created = users.create(input);
        issue(created);
        Faces.info(Faces.text("users.created", created.user().username()));
      } else {
        UserView changed = users.update(editing, id -> editingVersion.longValue(), input);
        Faces.info(Faces.text("users.changed", changed.username()));
      }
      clear();
      load();
    } catch (BusinessException e) {
      Faces.refused(e, FIELDS);
    }
  }

  public void edit(long id) {
    UserView u = users.get(id);
    editing = u.id();
    editingVersion = u.version();
    username = u.username();
    name = u.name();
    roles = new ArrayList<>(u.roles());
    unitCode = u.unitCode();
    kecamatanCode = u.kecamatanCode();
    providerCode = u.providerCode();
    issuedFor = null;
    issuedPassword = null;
  }

  public void deactivate(long id) {
    try {
      UserView u = users.deactivate(id);
      Faces.info(Faces.text("users.deactivated", u.username()));
      load();
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  public void resetPassword(long id) {
    try {
      UserWithPassword reset = users.resetPassword(id);
      issue(reset);
      load();
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
  }

  private void issue(UserWithPassword u) {
    issuedFor = u.user().username();
    issuedPassword = u.oneTimePassword();
  }

  public void clear() {
    editing = null;
    editingVersion = null;
    username = null;
    name = null;
    roles = new ArrayList<>();
    unitCode = null;
    kecamatanCode = null;
    providerCode = null;
  }

  /** What the list shows of a user's place: the unit, kecamatan or agency name. */
  public String place(UserView u) {
    List<String> parts = new ArrayList<>();
    if (u.unitCode() != null) {
      parts.add(
          units.stream()
              .filter(x -> x.code().equals(u.unitCode()))
              .map(UnitView::name)
              .findFirst()
              .orElse(u.unitCode()));
    }
    if (u.kecamatanCode() != null) {
      parts.add(
          kecamatan.stream()
              .filter(k -> k.code().value().equals(u.kecamatanCode()))
              .map(k -> "Kec. " + k.name())
              .findFirst()
              .orElse(u.kecamatanCode()));
    }
    if (u.providerCode() != null) {
      parts.add(
          providers.stream()
              .filter(p -> p.code().equals(u.providerCode()))
              .map(ProviderView::name)
              .findFirst()
              .orElse(u.providerCode()));
    }
    return String.join(" · ", parts);
  }

  public boolean isEditingMode() {
    return editing != null;
  }

  public List<UserView> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
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

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getKecamatanCode() {
    return kecamatanCode;
  }

  public void setKecamatanCode(String kecamatanCode) {
    this.kecamatanCode = kecamatanCode;
  }

  public String getProviderCode() {
    return providerCode;
  }

  public void setProviderCode(String providerCode) {
    this.providerCode = providerCode;
  }

  public String getIssuedFor() {
    return issuedFor;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }
}
