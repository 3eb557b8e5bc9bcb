package id.slrt.referral.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A case in a manager's list. In the list of new hand-overs no one has taken yet, {@code victim} is
 * left out: the managers see where and when it came in, and read it once they take it.
 *
 * @param victim a registered or known victim's name, an anonymous one's alias
 * @param lastStep the code of the last step done, null when none
 */
public record ViolenceCaseSummary(
    String id,
    String status,
    String channel,
    LocalDate reportedOn,
    String villageCode,
    String victim,
    boolean child,
    List<String> violenceTypes,
    List<String> managers,
    String lastStep) {}
