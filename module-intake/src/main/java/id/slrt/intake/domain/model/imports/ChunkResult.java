package id.slrt.intake.domain.model.imports;

/** What importing one chunk of rows did. */
public record ChunkResult(
    long rowsRead,
    long rowsRejected,
    long personsAdded,
    long personsUpdated,
    long personsUnchanged,
    long householdsAdded,
    long householdsUpdated,
    long welfareAdded) {}
