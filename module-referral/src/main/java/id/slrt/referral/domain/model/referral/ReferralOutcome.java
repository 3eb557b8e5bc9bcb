package id.slrt.referral.domain.model.referral;

/** How a completed (SELESAI) referral ended. */
public enum ReferralOutcome {
  /** The person received the service (the card, the document, the aid). */
  DILAYANI,
  /** The agency found the person not eligible. */
  TIDAK_LAYAK,
  /** Referred on to another service, whose referral continues the chain. */
  DIRUJUK_LANJUT
}
