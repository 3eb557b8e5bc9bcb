package id.slrt.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.validation.Invalid;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

/**
 * The document the build wrote to META-INF/openapi.json (and the server serves at /openapi), read
 * the way openapi-generator's {@code validate} reads it: no parser message, no error and no
 * warning, and what a client generator needs present on every operation.
 */
class OpenApiDocumentTest {
  private static final java.nio.file.Path BUILT =
      java.nio.file.Path.of("target/classes/META-INF/openapi.json");
  private static String json;
  private static OpenAPI api;

  @BeforeAll
  static void read() throws Exception {
    json = Files.readString(BUILT, StandardCharsets.UTF_8);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(json, null, options);
    assertThat(parsed.getMessages()).as("parser messages").isEmpty();
    api = parsed.getOpenAPI();
  }

  @Test
  void isTheDocumentOfTheResourceClassesAsTheyAreNow() {
    String fresh =
        Json.write(
            OpenApiDocument.of(OpenApiBuild.resources(java.nio.file.Path.of("target/classes"))));
    assertThat(fresh).isEqualTo(json);
  }

  @Test
  void passesOpenApiGeneratorsValidationWithoutErrorsOrWarnings() {
    RuleConfiguration rules = new RuleConfiguration();
    rules.setEnableRecommendations(true);
    ValidationResult result = new OpenApiEvaluator(rules).validate(api);
    assertThat(result.getErrors()).extracting(Invalid::getMessage).isEmpty();
    assertThat(result.getWarnings()).extracting(Invalid::getMessage).isEmpty();
  }

  @Test
  void everyOperationIsNamedOnceDescribedAndAnswersWithASchema() {
    Set<String> ids = new HashSet<>();
    List<String> paths = new ArrayList<>(api.getPaths().keySet());
    assertThat(paths).isNotEmpty().noneMatch(p -> p.contains(":") || p.contains("//"));
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (verb, op) -> {
                          String where = verb + " " + path;
                          assertThat(ids.add(op.getOperationId())).as(where).isTrue();
                          assertThat(op.getSummary()).as(where).isNotBlank();
                          assertThat(op.getTags()).as(where).hasSize(1);
                          assertSuccessHasABody(where, op);
                          assertThat(op.getResponses()).as(where).containsKey("default");
                          for (String name : OpenApiDocument.templateNames(path)) {
                            assertThat(op.getParameters())
                                .as(where + " declares " + name)
                                .anyMatch(
                                    p -> name.equals(p.getName()) && "path".equals(p.getIn()));
                          }
                        }));
    assertThat(ids).contains("signIn", "registerHousehold", "getHousehold", "listHouseholds");
  }

  private static void assertSuccessHasABody(String where, Operation op) {
    Map.Entry<String, ApiResponse> success =
        op.getResponses().entrySet().stream()
            .filter(e -> e.getKey().startsWith("2"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(where + " has no 2xx answer"));
    if (!"204".equals(success.getKey())) {
      assertThat(success.getValue().getContent()).as(where).isNotEmpty();
      success
          .getValue()
          .getContent()
          .values()
          .forEach(m -> assertThat(m.getSchema()).as(where).isNotNull());
    }
  }

  @Test
  void everyErrorIsAProblemDocumentAndTheBearerSchemeIsDeclared() {
    Schema<?> problem = api.getComponents().getSchemas().get("Problem");
    assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "errors");
    api.getComponents()
        .getResponses()
        .values()
        .forEach(r -> assertThat(r.getContent()).containsOnlyKeys("application/problem+json"));
    assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme())
        .isEqualTo("bearer");
    Operation register = api.getPaths().get("/t/{tenant}/households").getPost();
    assertThat(register.getSecurity()).isNotEmpty();
    assertThat(register.getParameters())
        .extracting(Parameter::getName)
        .contains("tenant", "Idempotency-Key");
    assertThat(register.getRequestBody().getContent().get("application/json").getExamples())
        .isNotEmpty();
    assertThat(api.getPaths().get("/auth/token").getPost().getSecurity()).isEmpty();
    assertThat(api.getServers())
        .singleElement()
        .satisfies(s -> assertThat(s.getUrl()).isEqualTo("/slrt/api/v1"));
  }

  @Test
  void recordsBecomeSchemasWithTheirJsonNames() {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    assertThat(schemas.get("TokenResponse").getProperties())
        .containsOnlyKeys(
            "access_token", "token_type", "expires_in", "device_token", "device_expires_at");
    assertThat(schemas.get("PageHouseholdSummary").getProperties())
        .containsKeys("items", "page", "size", "total");
    assertThat(schemas.get("PageHouseholdSummary").getRequired()).contains("total");
  }

  @Test
  void takesTheJaxRsExpressionsOutOfPathTemplates() {
    assertThat(OpenApiDocument.stripExpressions("t/{tenant}/x/{id:[0-9]{1,18}}/y/{cid : \\d+}"))
        .isEqualTo("t/{tenant}/x/{id}/y/{cid}");
  }

  @Tag(name = "Undocumented", description = "a resource whose method has no @Operation")
  @Path("t/{tenant}/undocumented")
  public static class Undocumented {
    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
      return "";
    }
  }

  @Test
  void refusesAnEndpointWithoutOperationIdAndSummary() {
    assertThatThrownBy(() -> OpenApiDocument.of(List.of(Undocumented.class)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Undocumented.get: no @Operation");
  }
}
