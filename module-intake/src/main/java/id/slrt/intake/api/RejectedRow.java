package id.slrt.intake.api;

import java.util.List;

/** A row an import refused: its line in the file, who it was about, and every reason. */
public record RejectedRow(long line, String kk, String nik, String name, List<Reason> reasons) {

  /** One refused column and why, in the reader's language. */
  public record Reason(String column, String message) {}
}
