package id.slrt.referral.api;

import java.util.List;

/**
 * The codes a violence case's forms offer, as the case file defines them: forms of violence, the
 * perpetrator's relations, statuses, consent purposes and who may give a consent.
 */
public record ViolenceCodes(
    List<String> violenceTypes,
    List<String> perpetratorRelations,
    List<String> statuses,
    List<String> consentPurposes,
    List<String> consentGivers,
    List<String> stepPhases) {}
