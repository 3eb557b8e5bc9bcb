package id.slrt.pkh.domain.model.kpm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A component of one member of the family, from one day until another (open while it lasts): a
 * pregnancy, a child at SD, an elderly grandmother. The member is the intake person; a component
 * listed for the family without a member yet has none.
 */
@Embeddable
public class MemberComponent {
  @Column(name = "person_id")
  private Long personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "component", nullable = false, length = 20)
  private Component component;

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  protected MemberComponent() {}

  public MemberComponent(Long personId, Component component, LocalDate from, LocalDate to) {
    this.personId = personId;
    this.component = Objects.requireNonNull(component);
    this.from = Objects.requireNonNull(from);
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("a component ends before it starts");
    }
    this.to = to;
  }

  /** In force on {@code day}: started on or before it and not ended by it. */
  public boolean inForceOn(LocalDate day) {
    return !from.isAfter(day) && (to == null || to.isAfter(day));
  }

  /** Ends the component on {@code day} (the first day it no longer counts). */
  void end(LocalDate day) {
    if (to == null || day.isBefore(to)) {
      to = day.isBefore(from) ? from : day;
    }
  }

  public Optional<Long> personId() {
    return Optional.ofNullable(personId);
  }

  public Component component() {
    return component;
  }

  public LocalDate from() {
    return from;
  }

  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }
}
