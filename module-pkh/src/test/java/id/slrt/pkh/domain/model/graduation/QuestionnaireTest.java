package id.slrt.pkh.domain.model.graduation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
  private static final List<Question.Option> FLOOR =
      List.of(
          new Question.Option("Tanah", 0),
          new Question.Option("Semen", 2),
          new Question.Option("Keramik", 3));
  private static final List<Question.Option> INCOME =
      List.of(new Question.Option("Kurang dari Rp1 juta", 0), new Question.Option("Lebih", 1));

  private static Questionnaire questionnaire() {
    Questionnaire q = new Questionnaire();
    q.change(List.of("Lantai rumah", "Penghasilan"), List.of(FLOOR, INCOME), new FieldErrors());
    return q;
  }

  @Test
  void answersKeepTheQuestionTheAnswerAndTheScoresAsTheyWere() {
    Questionnaire q = questionnaire();
    List<Answer> answers = q.answer(List.of(1, 1), new FieldErrors());
    assertThat(answers)
        .extracting(a -> a.question() + "=" + a.answer() + ":" + a.score() + "/" + a.maxScore())
        .containsExactly("Lantai rumah=Semen:2/3", "Penghasilan=Lebih:1/1");

    // a later change leaves the answers as they were given
    q.change(List.of("Dinding"), List.of(FLOOR), new FieldErrors());
    assertThat(answers.get(0).question()).isEqualTo("Lantai rumah");
    assertThat(q.questions()).extracting(Question::text).containsExactly("Dinding");
    assertThat(q.questions().get(0).options()).isEqualTo(FLOOR);
  }

  @Test
  void aFamilyAnswersEveryQuestionWithOneOfItsAnswers() {
    Questionnaire q = questionnaire();
    assertThatThrownBy(() -> q.answer(List.of(0), new FieldErrors()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(x -> x.field() + ":" + x.messageKey())
                    .containsExactly("answers:pkh.questionnaire.answersCount"));
    assertThatThrownBy(() -> q.answer(Arrays.asList(3, null), new FieldErrors()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(x -> x.field() + ":" + x.messageKey())
                    .containsExactly(
                        "answers[0]:pkh.questionnaire.answerRange",
                        "answers[1]:pkh.questionnaire.answerRange"));
  }

  @Test
  void aQuestionnaireIsRefusedWhenAQuestionIsUnsoundOrSaysMiskin() {
    Questionnaire q = questionnaire();
    List<List<Question.Option>> options = new ArrayList<>();
    options.add(List.of(new Question.Option("Ya", 0)));
    options.add(List.of(new Question.Option("Keluarga miskin", 0), new Question.Option("X", 11)));
    options.add(FLOOR);
    assertThatThrownBy(
            () ->
                q.change(
                    Arrays.asList("Usaha", "Status", "Apakah keluarga ini MISKIN?"),
                    options,
                    new FieldErrors()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(x -> x.field() + ":" + x.messageKey())
                    .containsExactly(
                        "questions[0].options:pkh.questionnaire.optionsCount",
                        "questions[1].options[0].text:pkh.questionnaire.saysMiskin",
                        "questions[1].options[1].score:pkh.questionnaire.score",
                        "questions[2].text:pkh.questionnaire.saysMiskin"));
    // nothing changed
    assertThat(q.questions())
        .extracting(Question::text)
        .containsExactly("Lantai rumah", "Penghasilan");
    assertThatThrownBy(() -> q.change(List.of(), List.of(), new FieldErrors()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theRankingPutsTheMostCapableFirstThenTheLatestAssessment() {
    Questionnaire q = questionnaire();
    LocalDate day = LocalDate.of(2026, 11, 1);
    var low = assessment(1, q.answer(List.of(0, 0), new FieldErrors()), day);
    var high = assessment(2, q.answer(List.of(2, 1), new FieldErrors()), day);
    var middleOld = assessment(3, q.answer(List.of(1, 0), new FieldErrors()), day);
    var middleNew = assessment(4, q.answer(List.of(1, 0), new FieldErrors()), day.plusDays(3));
    assertThat(high.percent()).isEqualTo(100);
    assertThat(middleOld.percent()).isEqualTo(50);
    assertThat(low.percent()).isZero();
    List<SocioEconomicAssessment> all = new ArrayList<>(List.of(low, middleOld, high, middleNew));
    all.sort(SocioEconomicAssessment.RANKING);
    assertThat(all).extracting(SocioEconomicAssessment::kpmId).containsExactly(2L, 4L, 3L, 1L);
  }

  private static SocioEconomicAssessment assessment(long kpm, List<Answer> answers, LocalDate on) {
    return new SocioEconomicAssessment(kpm, "pendamping.T", on, answers, null, Instant.EPOCH);
  }
}
