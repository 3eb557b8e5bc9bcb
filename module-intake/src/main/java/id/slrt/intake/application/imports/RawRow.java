package id.slrt.intake.application.imports;

import java.util.List;

/** A row as read from the file, before any check: its line and its fields. */
public record RawRow(long line, List<String> fields) {}
