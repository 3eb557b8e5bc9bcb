package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.pkh.api.EditP2k2Module;
import id.slrt.pkh.api.P2k2CatalogueService;
import id.slrt.pkh.api.P2k2ModuleDetails;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The district's P2K2 curriculum: its modules and sessions as the facilitators' phones list them;
 * the district admin rewrites a module or adds one (a stunting module, say), a session per line.
 */
@Named("pkhCatalogue")
@ViewScoped
public class CatalogueBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "code", "catalogue:code",
          "title", "catalogue:title",
          "sessions", "catalogue:sessions");

  @Inject P2k2CatalogueService catalogue;

  private List<P2k2ModuleDetails> modules = List.of();
  private String code;
  private String title;
  private String sessions;

  @PostConstruct
  public void load() {
    modules = catalogue.modules();
  }

  /** Puts a module into the form to be rewritten. */
  public void edit(P2k2ModuleDetails m) {
    code = m.code();
    title = m.title();
    sessions =
        m.sessions().stream()
            .map(P2k2ModuleDetails.Session::title)
            .collect(Collectors.joining("\n"));
  }

  public void clear() {
    code = null;
    title = null;
    sessions = null;
  }

  public void save() {
    List<EditP2k2Module.SessionTitle> titles =
        sessions == null
            ? List.of()
            : Arrays.stream(sessions.split("\\R"))
                .filter(line -> !line.isBlank())
                .map(EditP2k2Module.SessionTitle::new)
                .toList();
    try {
      P2k2ModuleDetails saved =
          catalogue.saveModule(
              code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT),
              new EditP2k2Module(title, titles));
      Faces.info(Faces.text("pkh.catalogue.saved", saved.code(), saved.sessions().size()));
      clear();
      load();
    } catch (BusinessException e) {
      Faces.refused(
          e,
          field -> Faces.text("pkh.catalogue.field." + field.replaceAll("\\[.*", "")),
          field -> FIELDS.get(field.replaceAll("\\[.*", "")));
    }
  }

  public List<P2k2ModuleDetails> getModules() {
    return modules;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSessions() {
    return sessions;
  }

  public void setSessions(String sessions) {
    this.sessions = sessions;
  }
}
