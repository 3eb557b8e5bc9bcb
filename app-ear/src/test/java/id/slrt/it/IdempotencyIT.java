package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Simultaneous requests with one Idempotency-Key make one record: the key is reserved in the
 * transaction of the write, so the others wait for it and replay its answer (or are told 409).
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @RepeatedTest(3)
  void simultaneousRequestsWithOneKeyCreateOneFamily() throws Exception {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    String kk = "321501120315" + s;
    String family = Api.family(kk, "321501450785" + s, "321501010110" + s);
    HttpClient http = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sent.add(
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(Api.BASE + "/t/karawang/households"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", "bersamaan-" + kk)
                  .POST(HttpRequest.BodyPublishers.ofString(family))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    List<Integer> statuses = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> f : sent) {
      HttpResponse<String> r = f.get();
      statuses.add(r.statusCode());
      r.headers().firstValue("Location").ifPresent(locations::add);
    }

    assertThat(statuses).as(statuses.toString()).allMatch(st -> st == 201 || st == 409);
    assertThat(locations).isNotEmpty().allMatch(l -> l.equals(locations.get(0)));
    assertThat(
            Api.send("GET", "/t/karawang/households?q=" + kk, token, null).json().getInt("total"))
        .isEqualTo(1);
  }
}
