package id.slrt.referral.domain.model.referral;

import id.slrt.core.text.Input;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a referral stands. The allowed moves, in one place (API.md, plus the referrer's
 * withdrawal):
 *
 * <pre>
 * DIRUJUK  -> DITERIMA | DITOLAK | DITARIK
 * DITERIMA -> DIPROSES | DITARIK
 * DIPROSES -> SELESAI | DITOLAK
 * SELESAI, DITOLAK, DITARIK: final
 * </pre>
 */
public enum ReferralStatus {
  /** Sent to the agency, not yet answered. */
  DIRUJUK,
  /** Accepted by the agency. */
  DITERIMA,
  /** Refused by the agency, with its reason. */
  DITOLAK,
  /** Being handled by the agency. */
  DIPROSES,
  /** Handled, with an outcome. */
  SELESAI,
  /** Withdrawn by the referrer before the agency started on it. */
  DITARIK;

  public Set<ReferralStatus> next() {
    return switch (this) {
      case DIRUJUK -> EnumSet.of(DITERIMA, DITOLAK, DITARIK);
      case DITERIMA -> EnumSet.of(DIPROSES, DITARIK);
      case DIPROSES -> EnumSet.of(SELESAI, DITOLAK);
      case SELESAI, DITOLAK, DITARIK -> EnumSet.noneOf(ReferralStatus.class);
    };
  }

  public boolean canMoveTo(ReferralStatus to) {
    return to != null && next().contains(to);
  }

  /** Still waiting for the agency: it can be overdue. */
  public boolean isOpen() {
    return !next().isEmpty();
  }

  /** The moves the agency makes; the others ({@link #DITARIK}) are the referrer's. */
  public boolean isAgencyMove() {
    return this != DITARIK;
  }

  /**
   * The moves open from here to a caller: an agency makes its own moves only; the front office
   * every move (it records the answer of an agency that has no account, and withdraws).
   */
  public Set<ReferralStatus> movesBy(boolean agency) {
    Set<ReferralStatus> moves = EnumSet.noneOf(ReferralStatus.class);
    next().stream().filter(s -> !agency || s.isAgencyMove()).forEach(moves::add);
    return moves;
  }

  public static Set<ReferralStatus> open() {
    return EnumSet.of(DIRUJUK, DITERIMA, DIPROSES);
  }

  public static Optional<ReferralStatus> parse(String raw) {
    return Input.code(ReferralStatus.class, raw);
  }
}
