package id.slrt.intake.domain.model.need;

import id.slrt.core.text.Input;
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
    return Input.code(NeedCategory.class, raw);
  }
}
