package id.slrt.intake.domain.model.household;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.ValidationException;
import java.util.List;

/**
 * A change to a family card that would break its rules; nothing was changed. Lists every broken
 * rule, each with the member it is about (the position in the members given at registration, or -1
 * when the rule is about the family or the one member of an edit). As a validation failure it names
 * each rule's field as a request about one member would ({@link FamilyRule.Subject}); a
 * registration or the import put them beside their own fields from {@link #broken()}.
 */
public final class FamilyRulesBroken extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** One broken rule; {@code args} fill the message's placeholders. */
  public record Broken(FamilyRule rule, int member, List<Object> args) {
    public Broken {
      args = List.copyOf(args);
    }

    public Object[] arguments() {
      return args.toArray();
    }
  }

  private final transient List<Broken> broken;

  FamilyRulesBroken(List<Broken> broken) {
    super(
        broken.stream()
            .map(b -> FieldError.of(b.rule().subject().field(), b.rule().key(), b.arguments()))
            .toList());
    this.broken = List.copyOf(broken);
  }

  FamilyRulesBroken(FamilyRule rule, Object... args) {
    this(List.of(new Broken(rule, -1, List.of(args))));
  }

  public List<Broken> broken() {
    return broken;
  }

  /** Whether the given rule is among the broken ones. */
  public boolean breaks(FamilyRule rule) {
    return broken.stream().anyMatch(b -> b.rule() == rule);
  }
}
