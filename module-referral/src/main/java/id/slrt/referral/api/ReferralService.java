package id.slrt.referral.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;

/** Referrals of the current district: made by the front office, answered by the agencies. */
public interface ReferralService {
  /**
   * Refers a registered person to a service of the catalogue; due after the service's SLA in the
   * district's working days.
   *
   * @throws id.slrt.core.error.ValidationException listing every refused field
   */
  ReferralDetails refer(CreateReferral request);

  /**
   * @throws id.slrt.core.error.NotFoundException when there is none, or none the caller may see
   */
  ReferralDetails get(long id);

  /** The referrals the caller may see, the oldest due first. */
  Page<ReferralDetails> search(ReferralFilter filter, PageRequest page);

  /**
   * Moves a referral on.
   *
   * @param expectedVersion the version the caller read (its ETag), or null when it sent none
   * @throws id.slrt.core.error.ConflictException when the status does not allow the move
   * @throws id.slrt.core.error.PreconditionFailedException when the referral changed since
   */
  ReferralDetails move(long id, Long expectedVersion, ReferralTransition transition);

  /**
   * An agency's inbox: the open referrals addressed to the caller's agency, the oldest due first.
   */
  Page<ReferralDetails> inbox(PageRequest page);

  /**
   * The open referrals of the caller's place raised to the caller's level of the district's chain
   * or higher (a Puskesos: every overdue one; the kecamatan supervisor: those five working days
   * late; the district admin: those ten days late), the oldest due first.
   */
  Page<ReferralDetails> escalations(PageRequest page);

  /** How many {@link #escalations} there are: the notice on the caller's home screen. */
  long escalationCount();
}
