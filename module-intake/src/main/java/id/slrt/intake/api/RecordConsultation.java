package id.slrt.intake.api;

/**
 * A consultation at a desk (API.md): {@code desk}, {@code sex} and {@code topic}; {@code nik}
 * optional (sex then comes from it when left out); {@code priority} for the fast track (pregnant,
 * elderly, disability; the violence desk always is); {@code followUp} with a note when something
 * must be done after the event.
 */
public record RecordConsultation(
    String desk,
    String sex,
    String nik,
    String topic,
    Boolean priority,
    Boolean followUp,
    String followUpNote) {}
