package id.slrt.intake.infrastructure.persistence;

import id.slrt.intake.domain.model.household.NameKey;
import id.slrt.intake.domain.model.household.Person;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
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
 * <p>The rows of all persons written by one flush are collected and sent as one statement by {@link
 * Writer} once EclipseLink has written the flush's objects: writing them after each person would
 * cut EclipseLink's batch of person inserts into one statement per person.
 */
public final class PersonNameTokens extends DescriptorEventAdapter implements DescriptorCustomizer {
  private static final String PENDING = PersonNameTokens.class.getName() + ".pending";

  /** Rows per statement: three parameters each, well below the 65,535 a statement may bind. */
  static final int ROWS_PER_STATEMENT = 5_000;

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

  private static void add(Session session, Person person) {
    List<Object[]> rows = new ArrayList<>();
    for (String token : NameKey.searchTokens(person.nameKey())) {
      rows.add(new Object[] {token, person.household().id(), person.id()});
    }
    if (rows.isEmpty()) {
      return;
    }
    if (!session.isUnitOfWork()) {
      // not part of a unit of work's flush: nothing will come to collect them
      write(session, rows);
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> pending = (List<Object[]>) session.getProperty(PENDING);
    if (pending == null) {
      pending = new ArrayList<>();
      session.setProperty(PENDING, pending);
    }
    pending.addAll(rows);
  }

  private static void write(Session session, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO person_name_token (token, household_id, person_id) VALUES ");
      DataModifyQuery insert = new DataModifyQuery();
      List<Object> values = new ArrayList<>(part.size() * 3);
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(#T").append(i).append(", #H").append(i);
        sql.append(", #P").append(i).append(')');
        insert.addArgument("T" + i);
        insert.addArgument("H" + i);
        insert.addArgument("P" + i);
        values.add(part.get(i)[0]);
        values.add(part.get(i)[1]);
        values.add(part.get(i)[2]);
      }
      insert.setSQLString(sql.toString());
      session.executeQuery(insert, values);
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
      List<Object[]> pending = (List<Object[]>) session.getProperty(PENDING);
      if (pending != null && !pending.isEmpty()) {
        session.removeProperty(PENDING);
        write(session, pending);
      }
    }
  }
}
