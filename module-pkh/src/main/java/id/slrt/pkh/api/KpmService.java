package id.slrt.pkh.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import java.util.List;

/**
 * PKH families (KPM): enrolled by facilitators and coordinators, each seen only by those the access
 * policy's PKH scope names; a KPM outside the caller's scope answers as if it did not exist.
 */
public interface KpmService {
  KpmDetails enrol(EnrolKpm request);

  KpmDetails get(String participantNumber);

  Page<KpmDetails> search(KpmFilter filter, PageRequest page);

  /** Ends the KPM's membership (pemberhentian), see {@link ExitKpm}. */
  KpmDetails exit(String participantNumber, ExitKpm exit);

  /** The groups the caller sees, with their active KPM. */
  List<GroupDetails> groups();
}
