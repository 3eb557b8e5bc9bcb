package id.slrt.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConstraintsTest {
  private static SQLIntegrityConstraintViolationException duplicate(String message) {
    return new SQLIntegrityConstraintViolationException(message, "23000", 1062);
  }

  @Test
  void namesTheUniqueKeyAsMariaDbAndMySqlSayIt() {
    assertThat(
            Constraints.uniqueKey(
                new PersistenceException(
                    duplicate("Duplicate entry '3215011203150001' for key 'household_kk'"))))
        .contains("household_kk");
    assertThat(
            Constraints.uniqueKey(
                new PersistenceException(
                    duplicate("Duplicate entry '3215014507850002' for key 'person.person_nik'"))))
        .contains("person_nik");
  }

  @Test
  void findsTheRefusalOfABatchAmongItsCauses() {
    BatchUpdateException batch = new BatchUpdateException("batch refused", new int[0]);
    batch.setNextException(duplicate("Duplicate entry 'x' for key 'person_nik'"));
    assertThat(Constraints.uniqueKey(new PersistenceException(batch))).contains("person_nik");
    assertThat(Constraints.isViolation(batch)).isTrue();
  }

  @Test
  void aForeignKeyOrAnotherErrorIsNoUniqueKey() {
    SQLIntegrityConstraintViolationException foreign =
        new SQLIntegrityConstraintViolationException(
            "Cannot add or update a child row: a foreign key constraint fails", "23000", 1452);
    assertThat(Constraints.isViolation(foreign)).isTrue();
    assertThat(Constraints.uniqueKey(foreign)).isEmpty();
    assertThat(Constraints.uniqueKey(new PersistenceException(new SQLException("gone")))).isEmpty();
    assertThat(Constraints.isViolation(new PersistenceException("no cause"))).isFalse();
  }
}
