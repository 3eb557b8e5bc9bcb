package id.slrt.pkh.api;

import java.util.List;

/**
 * A KPM's answers to the socio-economic questionnaire.
 *
 * @param assessedOn the day the family answered (default today)
 * @param answers for each question in order, the position (from 0) of the answer given
 */
public record AssessFamily(String assessedOn, List<Integer> answers, String note) {}
