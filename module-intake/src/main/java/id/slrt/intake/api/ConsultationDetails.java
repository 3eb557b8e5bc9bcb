package id.slrt.intake.api;

import java.time.Instant;

/**
 * A consultation as shown; {@code householdId} is the family card of a registered person, for the
 * follow-up. At the violence desk ({@code sealed}) only P2TP2A case managers see consultations in
 * lists; the cadre who records one gets back its queue number, and {@code nik}, {@code personName},
 * {@code householdId}, {@code topic} and {@code followUpNote} are left out, and {@code id} is 0
 * (sealed records number apart, below zero). The violence desk calls no number from a line others
 * see: there {@code queueNo} and {@code queueLabel} are empty, and {@code handOverReference} is the
 * reference under which it was passed on to P2TP2A.
 */
public record ConsultationDetails(
    long id,
    long eventId,
    String desk,
    String sex,
    String nik,
    String personName,
    Long householdId,
    String topic,
    boolean priority,
    Integer queueNo,
    String queueLabel,
    boolean followUp,
    String followUpNote,
    boolean followedUp,
    boolean sealed,
    Instant recordedAt,
    String recordedBy,
    Long visitId,
    java.util.List<String> documents,
    String result,
    Instant servedAt,
    String handOverReference) {

  /**
   * The answer to the cadre who has just recorded a consultation at the violence desk: it was
   * passed on confidentially to P2TP2A under this reference.
   */
  public ConsultationDetails handedOver(String reference) {
    return new ConsultationDetails(
        id,
        eventId,
        desk,
        sex,
        nik,
        personName,
        householdId,
        topic,
        priority,
        queueNo,
        queueLabel,
        followUp,
        followUpNote,
        followedUp,
        sealed,
        recordedAt,
        recordedBy,
        visitId,
        documents,
        result,
        servedAt,
        reference);
  }
}
