package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The socio-economic questionnaire over the API: families answer it with their facilitator, each
 * facilitator's KPM are ranked by their latest answers, the district office edits the questions,
 * and the answers given before keep the questions they were given to.
 */
@ExtendWith(ArquillianExtension.class)
class GraduationRankingIT {
  private static final String PKH = "/t/karawang/pkh";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static List<JsonObject> questions(String token) {
    Api.Reply read = Api.send("GET", PKH + "/graduation-questionnaire", token, null);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    return read.json().getJsonArray("questions").getValuesAs(JsonObject.class);
  }

  /** Every question answered with its highest answer (true) or its first, lowest one. */
  private static String answers(List<JsonObject> questions, boolean highest) {
    List<String> choices = new ArrayList<>();
    for (JsonObject q : questions) {
      choices.add(highest ? Integer.toString(q.getJsonArray("options").size() - 1) : "0");
    }
    return "[" + String.join(",", choices) + "]";
  }

  private static List<JsonObject> ranking(String token, String query) {
    Api.Reply read = Api.send("GET", PKH + "/graduation-ranking" + query, token, null);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    return read.json().getJsonArray("candidates").getValuesAs(JsonObject.class);
  }

  private static JsonObject of(List<JsonObject> candidates, String number) {
    return candidates.stream()
        .filter(c -> c.getString("participantNumber").equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError(number + " not in " + candidates));
  }

  @Test
  void aFacilitatorsKpmAreRankedByTheirLatestAnswersAndOnlyThoseWhoSeeThemDo() {
    String facilitator = Api.token("pendamping.karawang");
    List<String> kpm = P2k2SyncIT.group("RANK-" + ThreadLocalRandom.current().nextInt(1_000_000));
    List<JsonObject> questions = questions(facilitator);
    assertThat(questions).hasSizeGreaterThanOrEqualTo(2);

    // refused answers, each named; nothing recorded
    String path = PKH + "/kpm/" + kpm.get(0) + "/socioeconomic";
    Api.Reply tooFew = Api.send("POST", path, facilitator, "{\"answers\": [0]}");
    assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(400);
    assertThat(tooFew.body()).contains("\"field\":\"answers\"");
    List<String> outOfRange = new ArrayList<>(Collections.nCopies(questions.size(), "0"));
    outOfRange.set(0, "9");
    Api.Reply bad =
        Api.send(
            "POST",
            path,
            facilitator,
            "{\"answers\": ["
                + String.join(",", outOfRange)
                + "], \"assessedOn\": \"2999-01-01\"}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"assessedOn\"");
    assertThat(Api.send("GET", path, facilitator, null).parse().asJsonArray()).isEmpty();

    // the first family the most capable, the second the least, the third not assessed yet
    Api.Reply high =
        Api.send("POST", path, facilitator, "{\"answers\": " + answers(questions, true) + "}");
    assertThat(high.status()).as(high.body()).isEqualTo(201);
    assertThat(high.json().getInt("percent")).isEqualTo(100);
    assertThat(high.json().getString("assessedBy")).isEqualTo("pendamping.karawang");
    Api.Reply low =
        Api.send(
            "POST",
            PKH + "/kpm/" + kpm.get(1) + "/socioeconomic",
            facilitator,
            "{\"answers\": " + answers(questions, false) + ", \"note\": \"Kunjungan rumah\"}");
    assertThat(low.status()).as(low.body()).isEqualTo(201);
    assertThat(low.json().getInt("percent")).isZero();

    List<JsonObject> own = ranking(facilitator, "");
    JsonObject first = of(own, kpm.get(0));
    JsonObject second = of(own, kpm.get(1));
    JsonObject third = of(own, kpm.get(2));
    assertThat(first.getInt("rank")).isLessThan(second.getInt("rank"));
    assertThat(first.getInt("percent")).isEqualTo(100);
    assertThat(first.getString("recipientName")).isEqualTo("Sri Wahyuni");
    // JSON-B leaves out what is null
    assertThat(third.containsKey("rank")).isFalse();
    assertThat(own.indexOf(third)).isGreaterThan(own.indexOf(second));

    // a proposal waiting for its decision shows in the ranking
    Api.Reply proposed =
        Api.send(
            "POST",
            PKH + "/graduations",
            facilitator,
            ("{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\", \"statementLetter\": true,"
                    + " \"statementDate\": \"2026-11-02\"}")
                .formatted(kpm.get(0)));
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    assertThat(of(ranking(facilitator, ""), kpm.get(0)).getString("pendingGraduation"))
        .isEqualTo("MANDIRI");

    // the kecamatan coordinator reads the facilitator's ranking; another facilitator neither sees
    // the families in theirs nor may assess them
    String korcam = Api.token("korcam.karawang");
    assertThat(of(ranking(korcam, "?facilitator=pendamping.karawang"), kpm.get(0)).getInt("rank"))
        .isEqualTo(first.getInt("rank"));
    String other = Api.token("pendamping2.karawang");
    assertThat(ranking(other, "?facilitator=pendamping.karawang"))
        .noneMatch(c -> kpm.contains(c.getString("participantNumber")));
    assertThat(
            Api.send("POST", path, other, "{\"answers\": " + answers(questions, true) + "}")
                .status())
        .isEqualTo(404);
    assertThat(Api.send("GET", path, other, null).status()).isEqualTo(404);
  }

  @Test
  void theDistrictOfficeEditsTheQuestionsAndEarlierAnswersKeepTheirs() {
    String admin = Api.token("admin.karawang");
    String facilitator = Api.token("pendamping.karawang");
    List<String> kpm = P2k2SyncIT.group("RANQ-" + ThreadLocalRandom.current().nextInt(1_000_000));
    Api.Reply original = Api.send("GET", PKH + "/graduation-questionnaire", admin, null);
    List<JsonObject> before = questions(admin);
    String path = PKH + "/kpm/" + kpm.get(0) + "/socioeconomic";
    assertThat(
            Api.send(
                    "POST",
                    path,
                    facilitator,
                    "{\"answers\": " + answers(before, true) + ", \"assessedOn\": \"2026-11-01\"}")
                .status())
        .isEqualTo(201);

    String changed =
        "{\"questions\": [{\"text\": \"Atap rumah\", \"options\": [{\"text\": \"Rumbia\","
            + " \"score\": 0}, {\"text\": \"Genteng\", \"score\": 2}]},"
            + " {\"text\": \"Usaha keluarga\", \"options\": [{\"text\": \"Tidak ada\","
            + " \"score\": 0}, {\"text\": \"Ada\", \"score\": 3}]}]}";
    assertThat(Api.send("PUT", PKH + "/graduation-questionnaire", facilitator, changed).status())
        .isEqualTo(403);
    Api.Reply labelled =
        Api.send(
            "PUT",
            PKH + "/graduation-questionnaire",
            admin,
            changed.replace("Atap rumah", "Apakah keluarga miskin?"));
    assertThat(labelled.status()).as(labelled.body()).isEqualTo(400);
    assertThat(labelled.body()).contains("\"field\":\"questions[0].text\"");
    assertThat(questions(admin)).hasSameSizeAs(before);

    try {
      Api.Reply saved = Api.send("PUT", PKH + "/graduation-questionnaire", admin, changed);
      assertThat(saved.status()).as(saved.body()).isEqualTo(200);
      assertThat(questions(facilitator))
          .extracting(q -> q.getString("text"))
          .containsExactly("Atap rumah", "Usaha keluarga");
      Api.Reply answered = Api.send("POST", path, facilitator, "{\"answers\": [1, 0]}");
      assertThat(answered.status()).as(answered.body()).isEqualTo(201);
      assertThat(answered.json().getInt("percent")).isEqualTo(40);

      // the latest first; the earlier one with the questions it was answered to
      List<JsonObject> all =
          Api.send("GET", path, facilitator, null)
              .parse()
              .asJsonArray()
              .getValuesAs(JsonObject.class);
      assertThat(all).hasSize(2);
      assertThat(all.get(1).getJsonArray("answers")).hasSameSizeAs(before);
      assertThat(all.get(1).getJsonArray("answers").getJsonObject(0).getString("question"))
          .isEqualTo(before.get(0).getString("text"));
      assertThat(all.get(0).getJsonArray("answers").getJsonObject(0).getString("answer"))
          .isEqualTo("Genteng");
    } finally {
      Api.Reply restored =
          Api.send("PUT", PKH + "/graduation-questionnaire", admin, original.body());
      assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    }
  }
}
