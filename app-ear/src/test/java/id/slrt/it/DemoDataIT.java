package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo data that {@code ./slrt run} gives every default district in demo mode, entered through
 * the import and the API as real data is: here for a district added at run time with {@code ./slrt
 * demo}, whose schema starts empty.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aDistrictWithoutDataGetsDemoFamiliesNeedsAndAKlikEventOnce() throws Exception {
    Slrt.run("tenant", "add", "cianjur", "32.03");
    String officer = Slrt.awaitToken("puskesos.cianjur", Duration.ofSeconds(60));

    assertThat(Slrt.run("demo", "cianjur")).contains("Demo data for cianjur");

    // the families came in through the DTKS/DTSEN import, without a refused row
    JsonObject imports = Api.send("GET", "/t/cianjur/imports", officer, null).json();
    JsonObject job = imports.getJsonArray("items").getJsonObject(0);
    assertThat(job.getString("status")).isEqualTo("SELESAI");
    assertThat(job.getJsonNumber("rowsRejected").longValue()).isZero();
    assertThat(job.getJsonNumber("householdsAdded").longValue()).isEqualTo(40);
    JsonObject households = Api.send("GET", "/t/cianjur/households?size=100", officer, null).json();
    // and through the API a widow heading her family and a family without a card of its own yet
    assertThat(households.getInt("total")).isEqualTo(42);
    // (the widow's family by its No. KK: other demo heads share her late husband's name)
    JsonObject widow = family(officer, "3203011501110001");
    assertThat(widow.getString("femaleHeadReason")).isEqualTo("CERAI_MATI");
    assertThat(widow.getJsonNumber("femaleHeadPersonId").longValue())
        .isEqualTo(Api.member(widow, "Euis Rohaeti").getJsonNumber("id").longValue());
    assertThat(widow.getBoolean("pekkaMember")).isTrue();
    assertThat(family(officer, "Lilis Suryani").getString("kkStatus")).isEqualTo("BELUM_ADA");
    assertThat(
            households.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getBoolean("femaleHeaded")))
        .isNotEmpty();
    assertThat(households.toString()).contains("32.03.");

    // needs with their PMKS and fast track, a verivali proposal, a KLIK event with a follow-up
    JsonObject needs = Api.send("GET", "/t/cianjur/needs", officer, null).json();
    assertThat(needs.getInt("total")).isEqualTo(3);
    assertThat(needs.toString()).contains("PEREMPUAN_RAWAN_SOSIAL_EKONOMI");
    assertThat(Api.send("GET", "/t/cianjur/verivali", officer, null).json().getInt("total"))
        .isEqualTo(1);
    JsonObject events = Api.send("GET", "/t/cianjur/klik-events", officer, null).json();
    assertThat(events.getInt("total")).isEqualTo(1);
    JsonObject summary =
        Api.send(
                "GET",
                "/t/cianjur/klik-events/"
                    + events.getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                    + "/summary",
                officer,
                null)
            .json();
    assertThat(summary.getInt("consultations")).isEqualTo(3);
    assertThat(summary.getInt("visitors")).isEqualTo(3);
    assertThat(summary.getInt("followUpsOpen")).isEqualTo(1);

    // referrals in every status the demo agencies can bring them to, in their inboxes
    JsonObject referrals = Api.send("GET", "/t/cianjur/referrals?size=100", officer, null).json();
    // (and the P2TP2A case's KIS referral, made in the district's name: below)
    assertThat(referrals.getInt("total")).isEqualTo(10);
    assertThat(
            referrals.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("status"))
                .distinct())
        .containsExactlyInAnyOrder(
            "DIRUJUK", "DITERIMA", "DIPROSES", "SELESAI", "DITOLAK", "DITARIK");
    // two of them paper referrals of four weeks ago, recorded late and overdue
    JsonObject overdue = Api.send("GET", "/t/cianjur/referrals?overdue=true", officer, null).json();
    assertThat(overdue.getInt("total")).isEqualTo(2);
    assertThat(
            overdue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(
                    r ->
                        r.getString("status")
                            + " "
                            + r.getString("provider")
                            + " "
                            + r.containsKey("referredOn")))
        .containsExactlyInAnyOrder("DIRUJUK DINKES true", "DITERIMA DISDUKCAPIL true");
    String dinkes = Api.token("dinkes.cianjur");
    assertThat(Api.send("GET", "/t/cianjur/inbox", dinkes, null).json().getInt("total"))
        .isEqualTo(4);

    // P2TP2A: an anonymous child's case and a wife's case with her consent, sealed; the demo
    // P2TP2A head reads both, the counsellor her own
    String head = Api.token("p2tp2a.cianjur");
    List<JsonObject> cases =
        Api.send("GET", "/t/cianjur/violence-cases", head, null)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(cases).hasSize(2);
    assertThat(cases).allMatch(c -> c.getString("status").equals("DITANGANI"));
    JsonObject wife = cases.stream().filter(c -> !c.getBoolean("child")).findFirst().orElseThrow();
    JsonObject wifeCase =
        Api.send("GET", "/t/cianjur/violence-cases/" + wife.getString("id"), head, null).json();
    assertThat(wifeCase.getBoolean("consentSocialProtection")).isTrue();
    assertThat(wifeCase.getBoolean("householdReachable")).isFalse();
    // her social-protection referral, made in the district's name, reaching her through the safe
    // contact: to the Puskesos an ordinary KIS referral
    JsonObject referralStep =
        wifeCase.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
            .filter(st -> st.containsKey("referralId"))
            .findFirst()
            .orElseThrow();
    assertThat(referralStep.getString("referralService")).isEqualTo("KIS");
    JsonObject referral =
        Api.send(
                "GET",
                "/t/cianjur/referrals/" + referralStep.getJsonNumber("referralId"),
                officer,
                null)
            .json();
    assertThat(referral.getString("referredBy")).isEqualTo("sistem:kabupaten");
    assertThat(referral.getString("contact")).isEqualTo(wifeCase.getString("safeContact"));
    assertThat(
            Api.send("GET", "/t/cianjur/violence-cases", Api.token("konselor.cianjur"), null)
                .json()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(
            Api.send("GET", "/t/cianjur/violence-cases/" + wife.getString("id"), officer, null)
                .status())
        .isEqualTo(404);

    // PKH: three groups of KPM with three months of P2K2, one natural graduation candidate
    String coordinator = Api.token("korkab.cianjur");
    List<JsonObject> kpm =
        Api.send("GET", "/t/cianjur/pkh/kpm?size=100", coordinator, null)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(kpm).hasSize(15);
    assertThat(kpm).filteredOn(k -> k.getBoolean("naturalGraduationDue")).hasSize(1);
    // casework: one family warned for missing this period's sessions, one case with a home visit
    assertThat(kpm).filteredOn(k -> !k.getJsonArray("warnings").isEmpty()).hasSize(1);
    JsonObject demoCase =
        Api.send("GET", "/t/cianjur/pkh/case-notes", Api.token("pendamping.cianjur"), null)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(demoCase.getString("subject")).isEqualTo("Anak tidak masuk sekolah sebulan");
    assertThat(demoCase.getJsonArray("actions")).hasSize(1);
    assertThat(kpm)
        .allSatisfy(k -> assertThat(k.getString("participantNumber")).startsWith("3203"));
    assertThat(Api.send("GET", "/t/cianjur/pkh/groups", coordinator, null).parse().asJsonArray())
        .hasSize(3);
    assertThat(
            Api.send("GET", "/t/cianjur/pkh/p2k2-sessions", coordinator, null)
                .json()
                .getInt("total"))
        .isEqualTo(9);
    JsonObject proposal =
        Api.send("GET", "/t/cianjur/pkh/graduations", coordinator, null)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(proposal.getString("type")).isEqualTo("MANDIRI");
    assertThat(proposal.getString("status")).isEqualTo("DIUSULKAN");
    assertThat(proposal.getBoolean("statementLetter")).isTrue();
    assertThat(
            Api.send("GET", "/t/cianjur/pkh/kpm", Api.token("pendamping2.cianjur"), null)
                .json()
                .getInt("total"))
        .isEqualTo(5);
    // the graduation ranking: every KPM of pendamping.T has answered the questionnaire, ranked
    // from the most capable down
    List<JsonObject> ranked =
        Api.send("GET", "/t/cianjur/pkh/graduation-ranking", Api.token("pendamping.cianjur"), null)
            .json()
            .getJsonArray("candidates")
            .getValuesAs(JsonObject.class);
    assertThat(ranked).isNotEmpty().allSatisfy(c -> assertThat(c.containsKey("percent")).isTrue());
    assertThat(ranked).extracting(c -> c.getInt("rank")).isSorted().startsWith(1);
    assertThat(ranked.get(0).getInt("percent"))
        .isGreaterThan(ranked.get(ranked.size() - 1).getInt("percent"));

    // a district that holds data is left alone
    assertThat(Slrt.run("demo", "cianjur")).contains("nothing added");
    assertThat(Api.send("GET", "/t/cianjur/households", officer, null).json().getInt("total"))
        .isEqualTo(42);
    assertThat(Api.send("GET", "/t/cianjur/referrals", officer, null).json().getInt("total"))
        .isEqualTo(10);
    assertThat(Api.send("GET", "/t/cianjur/case-conferences", officer, null).json().getInt("total"))
        .isEqualTo(1);
    assertThat(Api.send("GET", "/t/cianjur/violence-cases", head, null).json().getInt("total"))
        .isEqualTo(2);
    assertThat(Api.send("GET", "/t/cianjur/pkh/kpm", coordinator, null).json().getInt("total"))
        .isEqualTo(15);
    assertThat(
            Api.send("GET", "/t/cianjur/pkh/p2k2-sessions", coordinator, null)
                .json()
                .getInt("total"))
        .isEqualTo(9);
    assertThat(
            Api.send("GET", "/t/cianjur/pkh/case-notes", Api.token("pendamping.cianjur"), null)
                .json()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(Slrt.refused("demo", "atlantis")).contains("no district atlantis");
  }

  /** The family with the given No. KK or headed (on its card) by the given name. */
  private static JsonObject family(String token, String head) {
    // the name search is spelling-tolerant: other demo heads may sound alike
    List<JsonObject> found =
        Api.send("GET", "/t/cianjur/households?size=100&q=" + head.replace(" ", "%20"), token, null)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                h -> head.equals(h.getString("headName", null)) || head.equals(h.getString("kk")))
            .toList();
    assertThat(found).as(head).hasSize(1);
    return Api.send("GET", "/t/cianjur/households/" + found.get(0).getJsonNumber("id"), token, null)
        .json();
  }
}
