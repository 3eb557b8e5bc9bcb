package id.slrt.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.web.intake.web.IntakeScreens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screens' bundle is the core's and the modules' together: every label a page or a backing bean
 * names exists in Bahasa Indonesia and in English, and the two languages have the same keys.
 */
class ModuleMessagesTest {
  private static final List<String> MODULES =
      List.of(
          new IntakeScreens().messageBundle(),
          new id.slrt.web.reporting.web.ReportingScreens().messageBundle(),
          new id.slrt.web.referral.web.ReferralScreens().messageBundle(),
          new id.slrt.web.p2tp2a.web.ViolenceScreens().messageBundle(),
          new id.slrt.web.pkh.web.PkhScreens().messageBundle());
  private static final Pattern IN_PAGE = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
  private static final Pattern IN_CODE =
      Pattern.compile(
          "(?:Faces\\.text|Faces\\.info|Faces\\.warn|Faces\\.error)\\(\\s*\"([A-Za-z0-9_.]+)\"");

  private static ModuleMessages bundle(String language) {
    return new ModuleMessages(Locale.forLanguageTag(language), MODULES) {};
  }

  private static Set<String> used() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/webapp"), Path.of("src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().matches(".*\\.(xhtml|java)")).toList()) {
          Matcher m =
              (f.toString().endsWith(".xhtml") ? IN_PAGE : IN_CODE)
                  .matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            if (!m.group(1).endsWith(".")) { // a prefix completed at run time
              keys.add(m.group(1));
            }
          }
        }
      }
    }
    return keys;
  }

  @Test
  void everyLabelUsedIsThereInBothLanguages() throws IOException {
    Set<String> used = used();
    assertThat(used).hasSizeGreaterThan(100);
    for (String language : List.of("id", "en")) {
      Set<String> known = bundle(language).keySet();
      assertThat(used).as("labels missing in " + language).isSubsetOf(known);
    }
    assertThat(bundle("en").keySet()).isEqualTo(bundle("id").keySet());
  }

  @Test
  void theModulesLabelsComeFromItsOwnBundle() {
    assertThat(bundle("id").getString("menu.intake")).isEqualTo("Pendaftaran");
    assertThat(bundle("id").getString("menu.home")).isEqualTo("Beranda");
    assertThat(
            new ModuleMessages(Locale.forLanguageTag("id"), List.of()) {}.containsKey(
                "menu.intake"))
        .isFalse();
  }

  @Test
  void aKeyDefinedTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                new ModuleMessages(
                    Locale.forLanguageTag("id"), List.of(MODULES.get(0), MODULES.get(0))) {})
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("defined twice");
  }
}
