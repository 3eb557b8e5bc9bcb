package id.slrt.pkh.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import java.util.List;

/**
 * Graduation from PKH: proposed by a facilitator (or a coordinator) for a KPM they see, decided by
 * a KOORDINATOR_PKH. The system proposes natural graduation where no component remains.
 */
public interface GraduationService {
  GraduationDetails propose(ProposeGraduation request);

  GraduationDetails get(long id);

  Page<GraduationDetails> search(String status, PageRequest page);

  GraduationDetails decide(long id, GraduationTransition transition);

  /** The active KPM the caller sees with no component left: natural graduation candidates. */
  List<KpmDetails> naturalCandidates();

  /**
   * The facilitators the caller sees (a facilitator only themselves), each with the year's target
   * and progress; {@code year} default this year.
   */
  java.util.List<TargetProgress> targets(String year);

  /** A coordinator or the district admin sets a facilitator's target for a year. */
  TargetProgress setTarget(String facilitator, String year, Integer target);

  /**
   * After an approved graduation: the families that could take the KPM's place (DTSEN desil 1-4 in
   * its kecamatan, not in PKH), the lowest desil first; at most twenty.
   *
   * @throws id.slrt.core.error.ConflictException when the graduation is not approved
   */
  List<ReplacementCandidate> replacements(long graduationId);

  /**
   * After an approved MANDIRI or SEJAHTERA_MANDIRI graduation, a coordinator proposes in intake's
   * verivali that the family's DTSEN data be corrected (PERBAIKAN), once; {@code note} goes with
   * it.
   *
   * @throws id.slrt.core.error.ConflictException when not approved, natural, or already proposed
   */
  GraduationDetails proposeVerivali(long graduationId, String note);
}
