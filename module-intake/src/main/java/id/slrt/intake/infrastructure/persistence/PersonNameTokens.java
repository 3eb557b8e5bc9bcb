package id.slrt.intake.infrastructure.persistence;

import id.slrt.intake.domain.model.household.NameKey;
import id.slrt.intake.domain.model.household.Person;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

/**
 * Keeps the name search's index ({@code person_name_token}, see migration V18) in step with every
 * person written through JPA: the tokens of the name ({@link NameKey#searchTokens}) beside the
 * person's household, written in the same transaction as the person, after its insert and after any
 * change of its name or family. Installed on Person's descriptor by {@code IntakeTenantModule};
 * writers by plain JDBC use {@link NameTokenRows}.
 *
 * <p>The rows of all persons written by one flush are collected and sent as one JDBC batch by
 * {@link Writer} once EclipseLink has written the flush's objects: writing them after each person
 * would cut EclipseLink's batch of person inserts into one statement per person, and a statement
 * built with EclipseLink's own query API costs more to prepare than to send (JFR, ./slrt bench).
 */
public final class PersonNameTokens extends DescriptorEventAdapter implements DescriptorCustomizer {
  private static final String PENDING = PersonNameTokens.class.getName() + ".pending";

  @Override
  public void customize(ClassDescriptor descriptor) {
    descriptor.getEventManager().addListener(new PersonNameTokens());
  }

  @Override
  public void postInsert(DescriptorEvent event) {
    add(event.getSession(), (Person) event.getObject());
  }

  @Override
  public void postUpdate(DescriptorEvent event) {
    ObjectChangeSet changes = event.getChangeSet();
    if (changes != null
        && changes.getChangesForAttributeNamed("nameKey") == null
        && changes.getChangesForAttributeNamed("household") == null) {
      return;
    }
    Person person = (Person) event.getObject();
    DataModifyQuery delete =
        new DataModifyQuery("DELETE FROM person_name_token WHERE person_id = #P");
    delete.addArgument("P");
    event.getSession().executeQuery(delete, List.of(person.id()));
    add(event.getSession(), person);
  }

  /** A person whose rows are to be written: its family, its id and its name's key. */
  private record Pending(long householdId, long personId, String nameKey) {}

  private static void add(Session session, Person person) {
    Pending rows = new Pending(person.household().id(), person.id(), person.nameKey());
    if (!session.isUnitOfWork()) {
      // not part of a unit of work's flush: nothing will come to collect them
      write(session, List.of(rows));
      return;
    }
    @SuppressWarnings("unchecked")
    List<Pending> pending = (List<Pending>) session.getProperty(PENDING);
    if (pending == null) {
      pending = new ArrayList<>();
      session.setProperty(PENDING, pending);
    }
    pending.add(rows);
  }

  /**
   * Writes the rows by JDBC on the transaction's own connection, as one batch ({@link
   * NameTokenRows}, which Connector/J sends as multi-row inserts), after EclipseLink's own batch
   * (the persons the rows refer to) has been sent.
   */
  private static void write(Session session, List<Pending> persons) {
    AbstractSession writer = (AbstractSession) session;
    writer.writesCompleted();
    try (NameTokenRows rows = new NameTokenRows(writer.getAccessor().getConnection())) {
      for (Pending p : persons) {
        rows.add(p.householdId(), p.personId(), p.nameKey());
      }
      rows.flush();
    } catch (SQLException e) {
      throw DatabaseException.sqlException(e, writer, false);
    }
  }

  /**
   * Writes the rows collected during a flush once EclipseLink has written its objects and before
   * the transaction commits ({@code prepareUnitOfWork} comes after every flush, the one at commit
   * included). Installed with {@code eclipselink.session-event-listener}.
   */
  public static final class Writer extends SessionEventAdapter {
    @Override
    public void prepareUnitOfWork(SessionEvent event) {
      Session session = event.getSession();
      @SuppressWarnings("unchecked")
      List<Pending> pending = (List<Pending>) session.getProperty(PENDING);
      if (pending != null && !pending.isEmpty()) {
        session.removeProperty(PENDING);
        write(session, pending);
      }
    }
  }
}
