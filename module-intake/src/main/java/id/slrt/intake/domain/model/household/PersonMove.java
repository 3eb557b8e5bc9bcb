package id.slrt.intake.domain.model.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person moved from one family card to another: a person belongs to one KK at a time, and every
 * move is kept with who, when and why.
 */
@Entity
@Table(name = "person_move")
public class PersonMove {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "from_household_id", nullable = false)
  private long fromHouseholdId;

  @Column(name = "to_household_id", nullable = false)
  private long toHouseholdId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_relationship", nullable = false, length = 20)
  private Relationship fromRelationship;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_relationship", nullable = false, length = 20)
  private Relationship toRelationship;

  @Column(name = "reason", nullable = false, length = 500)
  private String reason;

  @Column(name = "moved_at", nullable = false)
  private Instant movedAt;

  @Column(name = "moved_by", nullable = false, length = 100)
  private String movedBy;

  protected PersonMove() {}

  PersonMove(
      Person person,
      Household from,
      Household to,
      Relationship fromRelationship,
      String reason,
      Instant at,
      String by) {
    this.personId = person.id();
    this.fromHouseholdId = from.id();
    this.toHouseholdId = to.id();
    this.fromRelationship = fromRelationship;
    this.toRelationship = person.relationship();
    this.reason = reason;
    this.movedAt = at;
    this.movedBy = by;
  }

  public long personId() {
    return personId;
  }

  public long fromHouseholdId() {
    return fromHouseholdId;
  }

  public long toHouseholdId() {
    return toHouseholdId;
  }

  public Relationship fromRelationship() {
    return fromRelationship;
  }

  public Relationship toRelationship() {
    return toRelationship;
  }

  public String reason() {
    return reason;
  }

  public Instant movedAt() {
    return movedAt;
  }

  public String movedBy() {
    return movedBy;
  }
}
