package id.slrt.intake.infrastructure.persistence;

import id.slrt.intake.domain.model.household.NameKey;
import id.slrt.intake.domain.model.household.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

/**
 * Keeps the name search's index ({@code person_name_token}, see migration V18) in step with every
 * person written through JPA: the tokens of the name ({@link NameKey#searchTokens}) beside the
 * person's household, written in the same transaction as the person, after its insert and after any
 * change of its name or family. Installed on Person's descriptor by {@code IntakeTenantModule};
 * writers by plain JDBC use {@link NameTokenRows}.
 */
public final class PersonNameTokens extends DescriptorEventAdapter implements DescriptorCustomizer {

  @Override
  public void customize(ClassDescriptor descriptor) {
    descriptor.getEventManager().addListener(new PersonNameTokens());
  }

  @Override
  public void postInsert(DescriptorEvent event) {
    insert(event.getSession(), (Person) event.getObject());
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
    insert(event.getSession(), person);
  }

  private static void insert(Session session, Person person) {
    Set<String> tokens = NameKey.searchTokens(person.nameKey());
    if (tokens.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder("INSERT INTO person_name_token (token, household_id, person_id) VALUES ");
    List<Object> values = new ArrayList<>();
    DataModifyQuery insert = new DataModifyQuery();
    int i = 0;
    for (String token : tokens) {
      sql.append(i == 0 ? "" : ", ").append("(#T").append(i).append(", #H, #P)");
      insert.addArgument("T" + i);
      values.add(token);
      i++;
    }
    insert.addArgument("H");
    insert.addArgument("P");
    values.add(person.household().id());
    values.add(person.id());
    insert.setSQLString(sql.toString());
    session.executeQuery(insert, values);
  }
}
