package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The contract for agencies' systems, proved the way an agency would use it: the OpenAPI document
 * the running server serves at /openapi is read as openapi-generator reads it (no message), a Java
 * client is generated from it (openapi-generator, library "native"), compiled, and used to sign in,
 * register a family (twice with one Idempotency-Key), read it back, find a member by NIK, and
 * receive a refusal as a problem document.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiClientIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aClientGeneratedFromTheServedDocumentRegistersAFamilyAndReadsItBack(@TempDir Path work)
      throws Exception {
    String server = Api.BASE.substring(0, Api.BASE.indexOf("/slrt/"));
    HttpResponse<String> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server + "/openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(served.statusCode()).isEqualTo(200);
    Path document = work.resolve("openapi.json");
    Files.writeString(document, served.body(), StandardCharsets.UTF_8);

    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(served.body(), null, options);
    assertThat(parsed.getMessages()).as("what openapi-generator validate reports").isEmpty();
    assertThat(parsed.getOpenAPI().getServers())
        .singleElement()
        .satisfies(s -> assertThat(s.getUrl()).isEqualTo("/slrt/api/v1"));
    // a GET's own refusal is documented beside the usual ones: a letter not approved yet is 409
    var letter =
        parsed
            .getOpenAPI()
            .getPaths()
            .get("/t/{tenant}/referrals/{id}/letter.pdf")
            .getGet()
            .getResponses();
    assertThat(letter).containsKeys("200", "404", "409");
    assertThat(letter.get("409").getDescription()).contains("signatory's decision");

    Path generated = work.resolve("client");
    new DefaultGenerator()
        .opts(
            new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(document.toString())
                .setOutputDir(generated.toString())
                .setApiPackage("slrt.client.api")
                .setModelPackage("slrt.client.model")
                .setInvokerPackage("slrt.client")
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false")
                .toClientOptInput())
        .generate();

    Path sources = generated.resolve("src/main/java");
    Path scenario = sources.resolve("ClientScenario.java");
    try (InputStream in = getClass().getResourceAsStream("/openapi-client/ClientScenario.java")) {
      Files.copy(in, scenario);
    }
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    assertThat(files).anyMatch(f -> f.endsWith("HouseholdsApi.java"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments =
        Stream.concat(
                Stream.of(
                    "-classpath",
                    testClassPath(),
                    "-d",
                    classes.toString(),
                    "-nowarn",
                    "-proc:none"),
                files.stream())
            .toList();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    assertThat(compiled)
        .as("javac of the generated client:%n%s", diagnostics.toString(StandardCharsets.UTF_8))
        .isZero();

    String s = Api.serial();
    String kk = "321501120315" + s;
    String mother = "321501450785" + s;
    String son = "321501010110" + s;
    Map<String, Object> result;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      @SuppressWarnings("unchecked")
      Function<Map<String, String>, Map<String, Object>> client =
          (Function<Map<String, String>, Map<String, Object>>)
              loader.loadClass("ClientScenario").getDeclaredConstructor().newInstance();
      result =
          client.apply(
              Map.of(
                  "baseUri",
                  Api.BASE,
                  "username",
                  "puskesos.karawang",
                  "password",
                  Api.DEMO_PASSWORD,
                  "tenant",
                  "karawang",
                  "kk",
                  kk,
                  "motherNik",
                  mother,
                  "sonNik",
                  son,
                  "idempotencyKey",
                  UUID.randomUUID().toString()));
    }

    assertThat(result.get("tokenType")).isEqualTo("Bearer");
    assertThat((Long) result.get("expiresIn")).isPositive();
    long id = (Long) result.get("registeredId");
    assertThat(result.get("replayedId")).as("same Idempotency-Key, same family").isEqualTo(id);
    assertThat(result.get("readKk")).isEqualTo(kk);
    assertThat(result.get("readVillage")).isEqualTo("Karawang Kulon");
    assertThat(result.get("readMembers")).isEqualTo(List.of("Budi Santoso", "Siti Juariah"));
    assertThat(result.get("sonHousehold")).isEqualTo(id);
    assertThat(result.get("sonBirthDate")).hasToString("2010-01-01");
    assertThat(result.get("refusalStatus")).isEqualTo(400);
    assertThat((String) result.get("refusalBody")).contains("\"field\":\"kk\"");
    // and the family is there for any other client too
    Api.Reply read =
        Api.send("GET", "/t/karawang/households/" + id, Api.token("puskesos.karawang"), null);
    assertThat(read.json().getString("kk")).isEqualTo(kk);
  }

  /** The test's own class path (failsafe hands it over in a manifest-only jar otherwise). */
  private static String testClassPath() {
    String path = System.getProperty("surefire.test.class.path");
    if (path == null || path.isBlank()) {
      path = System.getProperty("java.class.path");
    }
    return String.join(
        File.pathSeparator,
        Stream.of(path.split(File.pathSeparator)).filter(p -> !p.isBlank()).toList());
  }
}
