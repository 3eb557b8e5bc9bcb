package id.slrt.web.pkh.web;

import id.slrt.core.error.BusinessException;
import id.slrt.pkh.api.AssessFamily;
import id.slrt.pkh.api.GraduationRanking;
import id.slrt.pkh.api.GraduationService;
import id.slrt.pkh.api.PkhAccess;
import id.slrt.pkh.api.QuestionnaireDetails;
import id.slrt.pkh.api.SocioEconomicDetails;
import id.slrt.pkh.api.SocioEconomicService;
import id.slrt.pkh.api.TargetProgress;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Graduation candidates: each facilitator's active KPM ranked by their latest socio-economic
 * assessment, the questionnaire to record a family's answers, and (for the district office) the
 * questionnaire's editor.
 */
@Named("pkhRanking")
@ViewScoped
public class RankingBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FIELD = Pattern.compile("^(questions|answers)\\[(\\d+)]");

  @Inject SocioEconomicService service;
  @Inject GraduationService graduations;
  @Inject PkhAccess pkhAccess;

  private GraduationRanking ranking;
  private List<String> facilitators = List.of();
  private String facilitator;
  private QuestionnaireDetails questionnaire;

  private GraduationRanking.Candidate assessing;
  private List<Integer> answers = List.of();
  private LocalDate assessedOn;
  private String note;
  private SocioEconomicDetails lastAssessment;

  private List<EditedQuestion> editing;

  @PostConstruct
  public void init() {
    questionnaire = service.questionnaire();
    List<String> names =
        graduations.targets(null).stream().map(TargetProgress::facilitator).toList();
    facilitators = names.size() > 1 ? names : List.of();
    load();
  }

  public void load() {
    ranking = service.ranking(facilitator);
  }

  public void assess(GraduationRanking.Candidate candidate) {
    assessing = candidate;
    answers = new ArrayList<>(Collections.nCopies(questionnaire.questions().size(), null));
    assessedOn = null;
    note = null;
    List<SocioEconomicDetails> earlier = service.assessments(candidate.participantNumber());
    lastAssessment = earlier.isEmpty() ? null : earlier.get(0);
  }

  public void cancel() {
    assessing = null;
    editing = null;
  }

  public void saveAssessment() {
    try {
      SocioEconomicDetails made =
          service.assess(
              assessing.participantNumber(),
              new AssessFamily(
                  assessedOn == null ? null : assessedOn.toString(),
                  new ArrayList<>(answers),
                  note));
      Faces.info(
          Faces.text(
              "pkh.ranking.saved",
              assessing.participantNumber(),
              Integer.toString(made.percent())));
      assessing = null;
      load();
    } catch (BusinessException e) {
      Faces.refused(e, this::label, field -> null);
    }
  }

  /** "Pertanyaan 3" for a field of the third question or its answer. */
  private String label(String field) {
    Matcher m = FIELD.matcher(field);
    return m.find() ? Faces.text("pkh.ranking.question", Integer.parseInt(m.group(2)) + 1) : null;
  }

  public void startEditing() {
    editing = new ArrayList<>();
    for (QuestionnaireDetails.QuestionDetails q : questionnaire.questions()) {
      StringBuilder lines = new StringBuilder();
      for (QuestionnaireDetails.AnswerOption o : q.options()) {
        lines.append(o.text()).append(" = ").append(o.score()).append('\n');
      }
      editing.add(new EditedQuestion(q.text(), lines.toString().strip()));
    }
  }

  public void addQuestion() {
    editing.add(new EditedQuestion("", ""));
  }

  public void removeQuestion(EditedQuestion q) {
    editing.remove(q);
  }

  public void saveQuestionnaire() {
    List<QuestionnaireDetails.QuestionDetails> questions = new ArrayList<>();
    for (EditedQuestion q : editing) {
      questions.add(new QuestionnaireDetails.QuestionDetails(q.getText(), q.options()));
    }
    try {
      questionnaire = service.changeQuestionnaire(new QuestionnaireDetails(questions));
      editing = null;
      Faces.info(Faces.text("pkh.ranking.questionnaireSaved"));
    } catch (BusinessException e) {
      Faces.refused(e, this::label, field -> null);
    }
  }

  /** A question being edited: its text and its answers, one per line as "answer = score". */
  public static class EditedQuestion implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private String answers;

    EditedQuestion(String text, String answers) {
      this.text = text;
      this.answers = answers;
    }

    /** The answers as typed; a line without a whole-number score is sent as unscored. */
    List<QuestionnaireDetails.AnswerOption> options() {
      List<QuestionnaireDetails.AnswerOption> out = new ArrayList<>();
      for (String line : (answers == null ? "" : answers).split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        int at = line.lastIndexOf('=');
        String score = at < 0 ? "" : line.substring(at + 1).strip();
        out.add(
            new QuestionnaireDetails.AnswerOption(
                (at < 0 ? line : line.substring(0, at)).strip(),
                score.matches("[0-9]{1,2}") ? Integer.valueOf(score) : null));
      }
      return out;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getAnswers() {
      return answers;
    }

    public void setAnswers(String answers) {
      this.answers = answers;
    }
  }

  public GraduationRanking getRanking() {
    return ranking;
  }

  public List<String> getFacilitators() {
    return facilitators;
  }

  public String getFacilitator() {
    return facilitator;
  }

  public void setFacilitator(String facilitator) {
    this.facilitator = facilitator;
  }

  public QuestionnaireDetails getQuestionnaire() {
    return questionnaire;
  }

  public GraduationRanking.Candidate getAssessing() {
    return assessing;
  }

  public List<Integer> getAnswers() {
    return answers;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public void setAssessedOn(LocalDate assessedOn) {
    this.assessedOn = assessedOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public SocioEconomicDetails getLastAssessment() {
    return lastAssessment;
  }

  public List<EditedQuestion> getEditing() {
    return editing;
  }

  public boolean isMayAssess() {
    return pkhAccess.mayAssessFamilies();
  }

  public boolean isMayEdit() {
    return pkhAccess.mayChangeQuestionnaire();
  }
}
