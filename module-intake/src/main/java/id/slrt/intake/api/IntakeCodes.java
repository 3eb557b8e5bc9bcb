package id.slrt.intake.api;

import java.util.List;

/**
 * The code lists of household and member data, for screens and clients (labels are theirs). An
 * interface, so that the api package depends on nothing inside the module (the lists come from the
 * domain's enums, in {@code application.DefaultIntakeCodes}).
 */
public interface IntakeCodes {
  List<String> relationships();

  List<String> educations();

  List<String> disabilities();

  List<String> maritalStatuses();

  /** What the identity desk of a KLIK handles. */
  List<String> identityServices();

  /** What came of a visit to the identity desk. */
  List<String> deskResults();

  /** Who holds a KLIK. */
  List<String> organizerTypes();

  /** A KLIK visitor's age band. */
  List<String> ageBands();

  /** How a need or complaint reaches the Puskesos. */
  List<String> channels();

  /** How a need or complaint is closed. */
  List<String> outcomes();

  /** The programs a family or a person may already receive. */
  List<String> programs();

  /** The civil documents a person may hold. */
  List<String> documents();

  /** Why a woman heads her family in fact (widowed, divorced, left, ...). */
  List<String> femaleHeadReasons();

  /** Every desk a KLIK can open, the four defaults first. */
  List<String> desks();

  /** The desks where civil documents are dealt with (documents and a result are recorded). */
  List<String> identityDesks();

  /** The confidential desks (violence): no queue number, seen by P2TP2A case managers only. */
  List<String> confidentialDesks();

  /** The desks a new KLIK opens unless told otherwise. */
  List<String> defaultDesks();

  /** The states of a need or complaint, in the order it goes through them. */
  List<String> needStatuses();

  /** The states in which a need or complaint is still open (waiting for the Puskesos). */
  List<String> openNeedStatuses();

  /** Categories of needs and complaints. */
  List<String> needCategories();

  /** The 26 PMKS codes of Permensos 08/2012. */
  List<String> pmks();
}
