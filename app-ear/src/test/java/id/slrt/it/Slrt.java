package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The {@code ./slrt} command as a user types it, against the server of {@code ./slrt test}. */
final class Slrt {
  private Slrt() {}

  /** Runs the command, asserts that it succeeded and returns what it printed. */
  static String run(String... args) throws Exception {
    Process process = start(args);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** Runs the command, asserts that it was refused cleanly and returns what it printed. */
  static String refused(String... args) throws Exception {
    Process process = start(args);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isNotZero();
    assertThat(output).doesNotContain("Exception");
    return output;
  }

  /** A token for a user of a district the server is still discovering. */
  /**
   * Waits until the server knows the district of a demo user ({@code admin.sukabumi}), then signs
   * that user in. The wait asks the district's path as another district's admin (403 once the
   * district exists, 404 before), not by failing sign-ins, which throttling would hold back.
   */
  static String awaitToken(String username, Duration patience) throws Exception {
    String district = username.substring(username.indexOf('.') + 1);
    String other = Api.token("admin.karawang");
    Instant until = Instant.now().plus(patience);
    while (Api.send("GET", "/t/" + district + "/units", other, null).status() != 403) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("District " + district + " did not appear in time");
      }
      Thread.sleep(1000);
    }
    return Api.token(username);
  }

  private static Process start(String... args) throws IOException {
    File home = new File(System.getProperty("slrt.home"));
    String[] command = new String[args.length + 1];
    command[0] = new File(home, "slrt").getPath();
    System.arraycopy(args, 0, command, 1, args.length);
    // the environment of ./slrt test (data directory, ports, database account) is inherited
    return new ProcessBuilder(command).directory(home).redirectErrorStream(true).start();
  }
}
