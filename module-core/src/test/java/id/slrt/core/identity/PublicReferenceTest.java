package id.slrt.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicReferenceTest {
  @Test
  void referencesAreRandomWrittenInGroupsAndReadBackAsTyped() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String r = PublicReference.random();
      assertThat(r).hasSize(PublicReference.LENGTH).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
      assertThat(r).doesNotContain("I", "L", "O", "U");
      assertThat(PublicReference.normalise(" " + r.toLowerCase() + " ")).isEqualTo(r);
      seen.add(r);
    }
    assertThat(seen).hasSize(1000);
    assertThat(PublicReference.normalise("1")).isNull();
    assertThat(PublicReference.normalise("IIII-0000-0000")).isNull();
    assertThat(PublicReference.normalise(null)).isNull();
  }
}
