package id.slrt.intake.domain.model.household;

/**
 * The rules of a family card that {@link Household} keeps on every change: at registration, on
 * every edit of a member, on a move and in the import. Each names its message key and what it is
 * about, so that each caller can put the refusal beside its own field (a request's {@code
 * members[2].relationship}, an import column).
 */
public enum FamilyRule {
  /** A family is registered with at least one member. */
  NO_MEMBERS("members.required", Subject.MEMBERS),
  /** At most {@link Household#MAX_MEMBERS} members live in a family at a time. */
  TOO_MANY_MEMBERS("members.tooMany", Subject.MEMBERS),
  /** A family is registered with its head (KEPALA_KELUARGA on the card). */
  NO_HEAD("members.noHead", Subject.RELATIONSHIP),
  /** At most one member living in the family is its head on the card. */
  SECOND_HEAD("members.secondHead", Subject.RELATIONSHIP),
  /** The same NIK twice in one family. */
  SAME_NIK_TWICE("nik.duplicateInRequest", Subject.NIK),
  /** The woman who heads a female-headed family in fact is a woman... */
  FEMALE_HEAD_NOT_A_WOMAN("members.femaleHeadedNeedsWoman", Subject.FEMALE_HEAD),
  /** ...who lives in the family... */
  FEMALE_HEAD_NOT_LIVING_HERE("members.femaleHeadLeft", Subject.FEMALE_HEAD),
  /** ...and there is one of her only. */
  SECOND_FEMALE_HEAD("members.secondFemaleHead", Subject.FEMALE_HEAD),
  /** Only a female-headed family names the woman who heads it. */
  FEMALE_HEAD_WITHOUT_HEADSHIP("members.femaleHeadNotHeaded", Subject.FEMALE_HEAD),
  /** The head on the card moves out last: name a new head first. */
  HEAD_LEAVES_OTHERS("move.head", Subject.RELATIONSHIP),
  /** A member who died or moved away is not changed or moved any more. */
  MEMBER_LEFT("member.alreadyLeft", Subject.STATUS),
  /** A move goes to another family. */
  MOVE_TO_SAME_FAMILY("move.target", Subject.TARGET);

  /**
   * What a rule is about, with the field it is reported against in a request about one member or
   * the family (a registration or the import name their own fields).
   */
  public enum Subject {
    MEMBERS("members"),
    RELATIONSHIP("relationship"),
    NIK("nik"),
    FEMALE_HEAD("femaleHeaded"),
    STATUS("status"),
    TARGET("toHouseholdId");

    private final String field;

    Subject(String field) {
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  private final String key;
  private final Subject subject;

  FamilyRule(String key, Subject subject) {
    this.key = key;
    this.subject = subject;
  }

  /** The message key of the refusal. */
  public String key() {
    return key;
  }

  public Subject subject() {
    return subject;
  }
}
