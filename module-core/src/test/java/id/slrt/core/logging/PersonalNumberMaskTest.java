package id.slrt.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class PersonalNumberMaskTest {

  @Test
  void masksSixteenDigitNumbersOnlyKeepingTheKecamatan() {
    assertThat(PersonalNumberMask.mask("Duplicate entry '3215014507850002' for key 'person_nik'"))
        .isEqualTo("Duplicate entry '321501**********' for key 'person_nik'");
    assertThat(PersonalNumberMask.mask("id 12345, phone 081234567890, 17 digits 32150145078500021"))
        .isEqualTo("id 12345, phone 081234567890, 17 digits 32150145078500021");
  }

  @Test
  void masksTheMessageParametersAndExceptionsOfALogRecord() {
    LogRecord record = new LogRecord(Level.WARNING, "NIK {0} refused");
    record.setParameters(new Object[] {"3215014507850002"});
    record.setThrown(
        new IllegalStateException(
            "insert failed",
            new SQLIntegrityConstraintViolationException(
                "Duplicate entry '3215014507850002' for key 'person_nik'")));

    assertThat(new PersonalNumberMask(null).isLoggable(record)).isTrue();

    assertThat(record.getParameters()[0]).isEqualTo("321501**********");
    assertThat(record.getThrown()).isNull();
    assertThat(record.getMessage())
        .startsWith("NIK {0} refused")
        .doesNotContain("3215014507850002")
        .contains("java.lang.IllegalStateException: insert failed")
        .contains(
            "java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '321501**********'")
        .contains("PersonalNumberMaskTest");
  }

  @Test
  void leavesARecordWithoutPersonalNumbersAsItIs() {
    IllegalStateException e = new IllegalStateException("nothing personal");
    LogRecord record = new LogRecord(Level.WARNING, "plain");
    record.setThrown(e);

    new PersonalNumberMask(null).isLoggable(record);

    assertThat(record.getThrown()).isSameAs(e);
    assertThat(record.getMessage()).isEqualTo("plain");
  }
}
