package id.slrt.core.organisation;

/** Whether an agency is part of government. */
public enum ProviderKind {
  PEMERINTAH,
  NON_PEMERINTAH
}
