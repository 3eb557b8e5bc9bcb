package id.slrt.pkh.api;

import java.util.List;

/** A row a KPM import refused: its line, who it names, and why, column by column. */
public record KpmRejectedRow(
    long line,
    String participantNumber,
    String recipientNik,
    String recipientName,
    List<ColumnReason> reasons) {

  /** One reason: the column and the message in the reader's language. */
  public record ColumnReason(String column, String message) {}
}
