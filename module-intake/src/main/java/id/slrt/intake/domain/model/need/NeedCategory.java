package id.slrt.intake.domain.model.need;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a need or complaint is about (API.md). {@link #KEKERASAN} needs are sealed. */
public enum NeedCategory {
  PERLINDUNGAN_SOSIAL,
  IDENTITAS_HUKUM,
  KESEHATAN,
  PENDIDIKAN,
  PERUMAHAN,
  EKONOMI,
  BANTUAN_HUKUM,
  KEKERASAN;

  public static Optional<NeedCategory> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String wanted = raw.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
  }
}
