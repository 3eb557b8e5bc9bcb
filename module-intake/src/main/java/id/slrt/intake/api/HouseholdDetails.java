package id.slrt.intake.api;

import java.time.Instant;
import java.util.List;

/**
 * A household with its members. {@code welfare} holds the latest status per register (DTKS, DTSEN);
 * the full history is {@code GET .../welfare-status}. {@code version} is the value behind its ETag.
 * {@code femaleHeaded}: a woman heads the family in fact ({@code femaleHeadPersonId} which member,
 * {@code femaleHeadReason} why, when recorded); {@code pekkaMember}: in Serikat PEKKA. {@code
 * kkStatus}: {@code ADA}, or {@code BELUM_ADA} when {@code kk} is a provisional number. {@code
 * programs}: what the family and its members receive or received, the latest first.
 */
public record HouseholdDetails(
    long id,
    String kk,
    AddressDetails address,
    boolean femaleHeaded,
    List<MemberDetails> members,
    Instant registeredAt,
    String registeredBy,
    List<WelfareSnapshot> welfare,
    long version,
    Long femaleHeadPersonId,
    String femaleHeadReason,
    boolean pekkaMember,
    String kkStatus,
    String phone,
    List<ProgramDetails> programs) {}
