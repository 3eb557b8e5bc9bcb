package id.slrt.pkh.domain.model.graduation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A question of the socio-economic questionnaire and its answers, each with its score: the higher
 * the score, the more capable the family is on that point. The answers are kept with the question
 * as JSON, since a question is always read and changed with them.
 */
@Embeddable
public class Question {
  @Column(name = "text", nullable = false, length = 200)
  private String text;

  @Column(name = "options", nullable = false)
  private String options;

  protected Question() {}

  public Question(String text, List<Option> options) {
    this.text = Objects.requireNonNull(text);
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Option o : options) {
      array.add(Json.createObjectBuilder().add("text", o.text()).add("score", o.score()));
    }
    this.options = array.build().toString();
  }

  /** An answer to a question and the score it gives. */
  public record Option(String text, int score) {}

  public String text() {
    return text;
  }

  public List<Option> options() {
    List<Option> out = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(options))) {
      for (JsonObject o : reader.readArray().getValuesAs(JsonObject.class)) {
        out.add(new Option(o.getString("text"), o.getInt("score")));
      }
    }
    return out;
  }

  /** The highest score an answer gives. */
  public int maxScore() {
    return options().stream().mapToInt(Option::score).max().orElse(0);
  }
}
