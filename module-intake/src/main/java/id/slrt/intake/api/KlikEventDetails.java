package id.slrt.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A KLIK event with where, when, who organises it, the agencies present and its desks. */
public record KlikEventDetails(
    long id,
    String villageCode,
    String villageName,
    String districtName,
    LocalDate heldOn,
    String organizer,
    List<String> desks,
    Instant createdAt,
    String createdBy,
    String organizerType,
    List<String> agencies) {}
