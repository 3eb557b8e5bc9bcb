package id.slrt.intake.domain.model.need;

import id.slrt.core.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The needs of the current tenant. Every read says whether the caller may see sealed needs: the
 * repository, not its callers, keeps sealed needs out of sight.
 */
public interface NeedRepository {

  Optional<Need> find(long id, boolean includeSealed);

  void store(Need need);

  /** Writes a change now, so that a concurrent one fails here. */
  void update(Need need);

  List<Need> search(NeedQuery query, boolean includeSealed, PageRequest page);

  long count(NeedQuery query, boolean includeSealed);

  /**
   * What a list of needs can be narrowed by; null means any. {@code householdId}: the needs of its
   * present members, wherever they lived when the need was recorded. {@code place}: a LIKE pattern
   * over the village codes of the needs' households, the caller's part of the district.
   */
  record NeedQuery(
      NeedStatus status,
      NeedCategory category,
      Boolean fastTrack,
      Long personId,
      String villageCode,
      Long householdId,
      String place,
      NeedKind kind) {}
}
