import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import slrt.client.ApiClient;
import slrt.client.ApiException;
import slrt.client.api.AuthenticationApi;
import slrt.client.api.HouseholdsApi;
import slrt.client.api.PersonsApi;
import slrt.client.model.AddressInput;
import slrt.client.model.Credentials;
import slrt.client.model.HouseholdDetails;
import slrt.client.model.MemberDetails;
import slrt.client.model.MemberInput;
import slrt.client.model.PersonDetails;
import slrt.client.model.RegisterHousehold;
import slrt.client.model.TokenResponse;

/**
 * What another agency's programmer writes against the client generated from /openapi (compiled by
 * OpenApiClientIT together with the generated sources): sign in, register a family, read it back,
 * look a member up by NIK, and see a refusal as a problem document. Only generated types are used.
 */
public class ClientScenario implements Function<Map<String, String>, Map<String, Object>> {
  @Override
  public Map<String, Object> apply(Map<String, String> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      ApiClient client = new ApiClient();
      client.updateBaseUri(in.get("baseUri"));
      TokenResponse token =
          new AuthenticationApi(client)
              .signIn(
                  new Credentials().username(in.get("username")).password(in.get("password")),
                  "id");
      out.put("tokenType", token.getTokenType());
      out.put("expiresIn", token.getExpiresIn());
      client.setRequestInterceptor(
          request -> request.header("Authorization", "Bearer " + token.getAccessToken()));

      HouseholdsApi households = new HouseholdsApi(client);
      RegisterHousehold family =
          new RegisterHousehold()
              .kk(in.get("kk"))
              .address(
                  new AddressInput()
                      .villageCode("32.15.01.1001")
                      .rt("002")
                      .rw("005")
                      .street("Jl. Tuparev 12"))
              .femaleHeaded(true)
              .members(
                  List.of(
                      new MemberInput()
                          .nik(in.get("motherNik"))
                          .name("Siti Juariah")
                          .sex("F")
                          .birthDate(LocalDate.of(1985, 7, 5))
                          .relationship("KEPALA_KELUARGA"),
                      new MemberInput()
                          .nik(in.get("sonNik"))
                          .name("Budi Santoso")
                          .sex("M")
                          .birthDate(LocalDate.of(2010, 1, 1))
                          .relationship("ANAK")));
      HouseholdDetails registered =
          households.registerHousehold(in.get("tenant"), family, in.get("idempotencyKey"));
      out.put("registeredId", registered.getId());
      HouseholdDetails replayed =
          households.registerHousehold(in.get("tenant"), family, in.get("idempotencyKey"));
      out.put("replayedId", replayed.getId());

      HouseholdDetails read = households.getHousehold(in.get("tenant"), registered.getId());
      out.put("readKk", read.getKk());
      out.put("readVillage", read.getAddress().getVillageName());
      out.put(
          "readMembers", read.getMembers().stream().map(MemberDetails::getName).sorted().toList());

      PersonDetails son = new PersonsApi(client).getPersonByNik(in.get("tenant"), in.get("sonNik"));
      out.put("sonHousehold", son.getHouseholdId());
      out.put("sonBirthDate", son.getBirthDate());

      try {
        households.registerHousehold(in.get("tenant"), family.kk("123"), null);
        out.put("refusal", "none");
      } catch (ApiException refused) {
        out.put("refusalStatus", refused.getCode());
        out.put("refusalBody", refused.getResponseBody());
      }
    } catch (ApiException e) {
      throw new IllegalStateException(
          "client call failed: " + e.getCode() + " " + e.getResponseBody(), e);
    }
    return out;
  }
}
