package id.slrt.intake.api;

/**
 * A consultation at a desk (API.md): {@code desk}, {@code sex} and {@code topic}; {@code nik}
 * optional (sex then comes from it when left out); {@code priority} for the fast track (pregnant,
 * elderly, disability; the violence desk always is); {@code followUp} with a note when something
 * must be done after the event. {@code visitId} the visitor registered on arrival, whose number the
 * consultation carries (sex and NIK then come from the visit when left out); at an identity desk
 * {@code documents} (codes of {@link IntakeCodes#identityServices()}) and {@code result} ({@code
 * DILAYANI_DI_TEMPAT}, {@code DIRUJUK}, {@code PERLU_DOKUMEN}); {@code servedAt} the time on a
 * paper form entered after the event.
 */
public record RecordConsultation(
    String desk,
    String sex,
    String nik,
    String topic,
    Boolean priority,
    Boolean followUp,
    String followUpNote,
    Long visitId,
    java.util.List<String> documents,
    String result,
    java.time.Instant servedAt) {}
