package id.slrt.referral.api;

import java.util.List;

/**
 * What an officer sees before referring a person to a service: the conditions the person may not
 * meet, the conditions only the agency can check, and the documents to bring.
 */
public record EligibilityCheck(
    String serviceCode,
    long personId,
    String personName,
    List<EligibilityWarning> warnings,
    String eligibilityNotes,
    List<String> documents) {}
