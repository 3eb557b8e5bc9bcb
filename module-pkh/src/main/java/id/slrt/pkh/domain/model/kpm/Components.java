package id.slrt.pkh.domain.model.kpm;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The rule of counting a family's components: at most four count, in {@link Component}'s order. */
public final class Components {
  /** No family counts more than four components. */
  public static final int MAX_COUNTED = 4;

  private Components() {}

  /** The components in force on {@code day}, in the order they count. */
  public static List<MemberComponent> inForce(List<MemberComponent> all, LocalDate day) {
    return all.stream()
        .filter(c -> c.inForceOn(day))
        .sorted(
            Comparator.comparing(MemberComponent::component).thenComparing(MemberComponent::from))
        .toList();
  }

  /** The components that count on {@code day}: those in force, at most {@link #MAX_COUNTED}. */
  public static List<MemberComponent> counted(List<MemberComponent> all, LocalDate day) {
    List<MemberComponent> inForce = inForce(all, day);
    return inForce.subList(0, Math.min(MAX_COUNTED, inForce.size()));
  }
}
