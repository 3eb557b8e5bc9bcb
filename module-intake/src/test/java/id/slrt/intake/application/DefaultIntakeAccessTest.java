package id.slrt.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.Operations;
import id.slrt.intake.api.IntakeAccess;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every question of {@link IntakeAccess} is answered from an operation that exists. */
class DefaultIntakeAccessTest {
  @Test
  void everyAnswerComesFromAnExistingServiceOperation() throws Exception {
    Map<String, Set<String>> asked = new LinkedHashMap<>();
    DefaultIntakeAccess intake = new DefaultIntakeAccess();
    intake.access =
        new AccessPolicy() {
          @Override
          public boolean mayCall(Class<?> service, String method) {
            asked.put(service.getSimpleName() + "." + method, Operations.allowed(service, method));
            return true;
          }
        };
    for (Method question : IntakeAccess.class.getMethods()) {
      assertThat((Boolean) question.invoke(intake)).as(question.getName()).isTrue();
    }
    assertThat(asked).hasSize(IntakeAccess.class.getMethods().length);
    // a KLIK cadre adds members but does not correct them (docs/security.md)
    assertThat(asked.get("DefaultHouseholdService.update")).contains("KADER_KLIK");
    assertThat(asked.get("DefaultHouseholdService.correctMember")).doesNotContain("KADER_KLIK");
    assertThat(asked.get("DefaultVerivaliService.move")).containsExactly("ADMIN_KABUPATEN");
  }
}
