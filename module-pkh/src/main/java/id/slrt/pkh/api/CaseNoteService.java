package id.slrt.pkh.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;

/**
 * A facilitator's cases about KPM: opened by the facilitator of the KPM's group, read by whoever
 * sees the KPM (the access policy's PKH scope); a case the caller does not see answers as if it did
 * not exist.
 */
public interface CaseNoteService {
  CaseNoteDetails open(OpenCaseNote request);

  CaseNoteDetails get(long id);

  /** The cases of the KPM the caller sees, the latest found first; {@code open} true/false. */
  Page<CaseNoteDetails> search(String open, String groupCode, PageRequest page);

  CaseNoteDetails act(long id, RecordCaseAction action);

  CaseNoteDetails close(long id, CloseCaseNote close);

  /**
   * Turns the case into an SLRT referral of the member it is about (else the KPM's recipient) to a
   * service of the catalogue, in one step; once per case.
   */
  CaseNoteDetails refer(long id, ReferCaseNote referral);
}
