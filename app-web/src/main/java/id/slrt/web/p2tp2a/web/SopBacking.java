package id.slrt.web.p2tp2a.web;

import id.slrt.core.error.BusinessException;
import id.slrt.referral.api.ChangeSop;
import id.slrt.referral.api.SopStepDetails;
import id.slrt.referral.api.ViolenceCaseService;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The district's SOP for violence cases, edited by the district admin: the steps in order, each
 * with its name and phase; new steps get a code, kept ones keep theirs (cases recorded them). The
 * rules are the service's ({@code SopStep.checkList}); a refusal names the row.
 */
@Named("violenceSop")
@ViewScoped
public class SopBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ViolenceCaseService service;

  private List<Row> steps = new ArrayList<>();
  private List<String> phases = List.of();

  /** One step as edited; {@code fresh} while it is new and its code may still be typed. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private String phase;
    private final boolean fresh;

    Row(String code, String name, String phase, boolean fresh) {
      this.code = code;
      this.name = name;
      this.phase = phase;
      this.fresh = fresh;
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

    public String getPhase() {
      return phase;
    }

    public void setPhase(String phase) {
      this.phase = phase;
    }

    public boolean isFresh() {
      return fresh;
    }
  }

  @PostConstruct
  void load() {
    phases = service.codes().stepPhases();
    show(service.sopSteps());
  }

  private void show(List<SopStepDetails> sop) {
    steps = new ArrayList<>();
    for (SopStepDetails s : sop) {
      steps.add(new Row(s.code(), s.name(), s.phase(), false));
    }
  }

  public void add() {
    steps.add(new Row(null, null, "PENANGANAN", true));
  }

  public void remove(int index) {
    steps.remove(index);
  }

  /** Moves a step one place up. */
  public void up(int index) {
    if (index > 0 && index < steps.size()) {
      steps.add(index - 1, steps.remove(index));
    }
  }

  public void save() {
    try {
      show(
          service.changeSop(
              new ChangeSop(
                  steps.stream()
                      .map(r -> new SopStepDetails(r.getCode(), r.getName(), r.getPhase()))
                      .toList())));
      Faces.info(Faces.text("violence.sop.saved"));
    } catch (BusinessException e) {
      Faces.refused(e, field -> field.startsWith("steps[") ? rowLabel(field) : null, f -> null);
    }
  }

  /** "Langkah 3" for {@code steps[2].name}, so that a refusal names the row it is about. */
  private static String rowLabel(String field) {
    int i = Integer.parseInt(field.substring(6, field.indexOf(']')));
    return Faces.text("violence.sop.row", i + 1);
  }

  public List<Row> getSteps() {
    return steps;
  }

  public List<String> getPhases() {
    return phases;
  }
}
