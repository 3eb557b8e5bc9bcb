package id.slrt.pkh.domain.model.complementarity;

import id.slrt.pkh.domain.model.kpm.Component;
import id.slrt.pkh.domain.model.kpm.MemberComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The complementary programs a PKH family is entitled to besides PKH itself, and which it lacks:
 * food aid (BPNT/Sembako) for the family, health insurance paid by the state (KIS/PBI) for every
 * member, school aid (KIP) for every pupil with a school component in force. Each gap names the
 * SLRT service that answers it, so it can become a referral in one step.
 */
public final class Complementarity {
  private static final Set<Component> SCHOOL =
      EnumSet.of(Component.ANAK_SD, Component.ANAK_SMP, Component.ANAK_SMA);

  private Complementarity() {}

  /** A member of the family as intake has them today. */
  public record Member(long personId, String name) {}

  /** A program the family or a member receives today ({@code personId} null: the family's). */
  public record Receipt(String program, Long personId) {}

  /**
   * A program the family or a member lacks, and the catalogue's service that answers it.
   *
   * @param personId who the referral is for: the member, or the recipient for a family's program
   */
  public record Gap(String program, String serviceCode, long personId, String personName) {}

  /**
   * The gaps of a family: its members (the recipient first), its components, and what it receives
   * today.
   */
  public static List<Gap> gaps(
      List<Member> members,
      long recipientId,
      List<MemberComponent> components,
      List<Receipt> receipts,
      LocalDate day) {
    List<Gap> out = new ArrayList<>();
    Member recipient =
        members.stream().filter(m -> m.personId() == recipientId).findFirst().orElse(null);
    if (recipient != null && receipts.stream().noneMatch(r -> r.program().equals("BPNT"))) {
      out.add(new Gap("BPNT", "BPNT", recipient.personId(), recipient.name()));
    }
    for (Member m : members) {
      if (!receives(receipts, "KIS_PBI", m)) {
        out.add(new Gap("KIS_PBI", "KIS", m.personId(), m.name()));
      }
    }
    for (Member m : members) {
      boolean pupil =
          components.stream()
              .anyMatch(
                  c ->
                      SCHOOL.contains(c.component())
                          && c.personId().isPresent()
                          && c.personId().get() == m.personId()
                          && c.inForceOn(day));
      if (pupil && !receives(receipts, "KIP", m)) {
        out.add(new Gap("KIP", "KIP", m.personId(), m.name()));
      }
    }
    return out;
  }

  private static boolean receives(List<Receipt> receipts, String program, Member m) {
    return receipts.stream()
        .anyMatch(r -> r.program().equals(program) && Objects.equals(r.personId(), m.personId()));
  }
}
