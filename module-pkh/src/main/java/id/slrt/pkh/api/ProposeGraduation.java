package id.slrt.pkh.api;

/**
 * A graduation proposal (API.md {@code POST /pkh/graduations}, extended).
 *
 * @param type ALAMIAH, MANDIRI or SEJAHTERA_MANDIRI
 * @param statementLetter the family signed a statement letter (surat pernyataan); required for
 *     MANDIRI and SEJAHTERA_MANDIRI
 * @param statementDate the letter's date, YYYY-MM-DD
 * @param business the family's business (required for SEJAHTERA_MANDIRI)
 * @param training training the family took part in (e.g. KUBE)
 */
public record ProposeGraduation(
    String participantNumber,
    String type,
    Boolean statementLetter,
    String statementDate,
    String business,
    String training,
    String notes) {}
