package id.slrt.referral.domain.model.violence;

import id.slrt.core.error.FieldErrors;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A step of the district's SOP for violence cases: a code, its name as the managers read it, and
 * its phase. {@link #DEFAULTS} are the steps a district starts with (the P2TP2A SOP of the
 * integration in Maros and Kendal); the district edits its own.
 */
public record SopStep(String code, String name, StepPhase phase) {

  public static final List<SopStep> DEFAULTS =
      List.of(
          new SopStep("PENGADUAN", "Pengaduan diterima", StepPhase.PENERIMAAN),
          new SopStep("ASESMEN", "Asesmen", StepPhase.PENANGANAN),
          new SopStep("PENJANGKAUAN", "Penjangkauan", StepPhase.PENANGANAN),
          new SopStep("LAYANAN_KESEHATAN", "Layanan kesehatan / visum", StepPhase.PENANGANAN),
          new SopStep("PSIKOSOSIAL", "Pendampingan psikososial", StepPhase.PENANGANAN),
          new SopStep("BANTUAN_HUKUM", "Bantuan dan pendampingan hukum", StepPhase.PENANGANAN),
          new SopStep("MEDIASI", "Mediasi", StepPhase.PENANGANAN),
          new SopStep("RUMAH_AMAN", "Rumah aman / shelter", StepPhase.PENANGANAN),
          new SopStep("REINTEGRASI", "Reintegrasi sosial", StepPhase.PENANGANAN),
          new SopStep("TERMINASI", "Terminasi kasus", StepPhase.TERMINASI),
          new SopStep("PEMANTAUAN", "Pemantauan", StepPhase.PEMANTAUAN));

  /** The longest name of a step. */
  public static final int MAX_NAME = 150;

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /**
   * The rules of a district's SOP, each broken one added to {@code errors} under {@code
   * steps[i].field}: at least one step; codes of capitals, digits and underscores (2 to 40), each
   * once; a name of at most {@link #MAX_NAME} characters; a phase (null here when the input named
   * none or an unknown one, already reported); and a termination step, without which no case could
   * end.
   */
  public static void checkList(List<SopStep> steps, FieldErrors errors) {
    if (steps.isEmpty()) {
      errors.add("steps", "violence.sopEmpty");
      return;
    }
    Set<String> seen = new HashSet<>();
    boolean terminates = false;
    for (int i = 0; i < steps.size(); i++) {
      SopStep s = steps.get(i);
      String at = "steps[" + i + "].";
      if (s.code() == null || !CODE.matcher(s.code()).matches()) {
        errors.add(at + "code", "violence.sopCodeInvalid");
      } else if (!seen.add(s.code())) {
        errors.add(at + "code", "violence.sopCodeTwice", s.code());
      }
      if (s.name() == null || s.name().isBlank()) {
        errors.add(at + "name", "violence.sopNameRequired");
      } else if (s.name().length() > MAX_NAME) {
        errors.add(at + "name", "violence.sopNameTooLong", MAX_NAME);
      }
      terminates |= s.phase() == StepPhase.TERMINASI;
    }
    if (!terminates) {
      errors.add("steps", "violence.sopNeedsTermination");
    }
  }
}
