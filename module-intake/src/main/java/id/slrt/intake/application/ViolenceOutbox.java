package id.slrt.intake.application;

import id.slrt.core.identity.PublicReference;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Notes a disclosure of violence for P2TP2A in the recording transaction; once that commits, {@link
 * ViolenceHandOverSync} hands it over ({@link id.slrt.intake.api.ViolenceHandOver}). The recording
 * officer gets the reference back, nothing else.
 */
@ApplicationScoped
public class ViolenceOutbox {
  /** Fired with the district's slug; observed after the transaction commits. */
  public record Noted(String tenant) {}

  /** What is handed over, as recorded. */
  public record Disclosure(
      String source,
      String channel,
      Long personId,
      String sex,
      String villageCode,
      LocalDate reportedOn,
      String narrative) {}

  @Inject @TenantDb EntityManager em;
  @Inject TenantContext tenants;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject Event<Noted> noted;

  /** Notes it and answers the reference the officer gets back. */
  public String note(Disclosure d) {
    String reference = PublicReference.random();
    Timestamp now = Timestamp.from(clock.instant());
    em.createNativeQuery(
            "INSERT INTO intake_violence_outbox (reference, source, channel, person_id, sex,"
                + " village_code, reported_on, narrative, recorded_by, created_at,"
                + " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, reference)
        .setParameter(2, d.source())
        .setParameter(3, d.channel())
        .setParameter(4, d.personId())
        .setParameter(5, d.sex())
        .setParameter(6, d.villageCode())
        .setParameter(7, d.reportedOn())
        .setParameter(8, d.narrative())
        .setParameter(9, currentUser.username())
        .setParameter(10, now)
        .setParameter(11, now)
        .executeUpdate();
    noted.fire(new Noted(tenants.require().slug()));
    return reference;
  }
}
