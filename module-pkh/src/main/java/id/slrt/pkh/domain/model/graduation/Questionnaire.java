package id.slrt.pkh.domain.model.graduation;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.text.CitizenText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * The district's socio-economic questionnaire that ranks KPM as graduation candidates: questions,
 * each with answers scored from 0 (least capable) up. Editable data; an assessment keeps the
 * questions and answers it was made with, so a later change leaves it readable. The questions are
 * asked of the family, so, like everything a family sees, they never say "miskin".
 */
@Entity
@Table(name = "pkh_questionnaire")
public class Questionnaire {
  public static final long THE_QUESTIONNAIRE = 1L;
  public static final int MAX_QUESTIONS = 25;
  public static final int MAX_OPTIONS = 8;
  public static final int MAX_SCORE = 10;

  @Id private Long id = THE_QUESTIONNAIRE;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "pkh_questionnaire_question",
      joinColumns = @JoinColumn(name = "questionnaire_id"))
  @OrderColumn(name = "position")
  private List<Question> questions = new ArrayList<>();

  @Version private long version;

  public Questionnaire() {}

  /**
   * Replaces the questions; refused (by field) when there are none or too many, or a question has
   * no text, fewer than two answers or more than {@value #MAX_OPTIONS}, or an answer is unsound.
   */
  public void change(List<String> texts, List<List<Question.Option>> options, FieldErrors errors) {
    if (texts.isEmpty() || texts.size() > MAX_QUESTIONS) {
      errors.add("questions", "pkh.questionnaire.count", MAX_QUESTIONS);
    }
    for (int i = 0; i < texts.size(); i++) {
      String at = "questions[" + i + "]";
      String text = texts.get(i);
      if (text == null || text.length() > 200) {
        errors.add(at + ".text", "pkh.questionnaire.textRequired");
      } else if (CitizenText.saysMiskin(text)) {
        errors.add(at + ".text", "pkh.questionnaire.saysMiskin");
      }
      List<Question.Option> answers = options.get(i) == null ? List.of() : options.get(i);
      if (answers.size() < 2 || answers.size() > MAX_OPTIONS) {
        errors.add(at + ".options", "pkh.questionnaire.optionsCount", MAX_OPTIONS);
      }
      for (int j = 0; j < answers.size(); j++) {
        Question.Option o = answers.get(j);
        String optionAt = at + ".options[" + j + "]";
        if (o == null || o.text() == null || o.text().length() > 100) {
          errors.add(optionAt + ".text", "pkh.questionnaire.optionRequired");
        } else if (CitizenText.saysMiskin(o.text())) {
          errors.add(optionAt + ".text", "pkh.questionnaire.saysMiskin");
        }
        if (o != null && (o.score() < 0 || o.score() > MAX_SCORE)) {
          errors.add(optionAt + ".score", "pkh.questionnaire.score", MAX_SCORE);
        }
      }
    }
    errors.throwIfAny();
    questions = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      questions.add(new Question(texts.get(i), options.get(i)));
    }
  }

  /**
   * A family's answers, one per question in order, each the position of the answer chosen.
   *
   * @return the answers with their questions and scores, to keep with the assessment
   */
  public List<Answer> answer(List<Integer> choices, FieldErrors errors) {
    if (choices.size() != questions.size()) {
      errors.add("answers", "pkh.questionnaire.answersCount", questions.size());
      errors.throwIfAny();
    }
    List<Answer> out = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      List<Question.Option> options = q.options();
      Integer choice = choices.get(i);
      if (choice == null || choice < 0 || choice >= options.size()) {
        errors.add("answers[" + i + "]", "pkh.questionnaire.answerRange", options.size() - 1);
      } else {
        Question.Option o = options.get(choice);
        out.add(new Answer(q.text(), o.text(), o.score(), q.maxScore()));
      }
    }
    errors.throwIfAny();
    return out;
  }

  public List<Question> questions() {
    return List.copyOf(questions);
  }

  public long version() {
    return version;
  }
}
