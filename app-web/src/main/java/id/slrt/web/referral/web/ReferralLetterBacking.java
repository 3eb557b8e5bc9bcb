package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.error.NotFoundException;
import id.slrt.referral.api.LetterDecision;
import id.slrt.referral.api.LetterDetails;
import id.slrt.referral.api.LetterNote;
import id.slrt.referral.api.LetterService;
import id.slrt.web.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The letter part of a referral's page: print it, or where the district asks for it, recommend it
 * (back office) and approve or refuse it (its signatory).
 */
@Named("letter")
@ViewScoped
public class ReferralLetterBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> INPUTS = Map.of("note", "letterNote");

  @Inject LetterService letters;
  @Inject id.slrt.referral.api.ReferralAccess access;

  private Long referralId;
  private LetterDetails details;
  private String note;

  /** Loads the letter of the referral shown; none when the reader may not see the referral. */
  public void load(Long id) {
    referralId = id;
    details = null;
    if (id == null || !access.mayReadLetters()) {
      return;
    }
    try {
      details = letters.letter(id);
    } catch (NotFoundException e) {
      details = null;
    }
  }

  public void recommend() {
    act(() -> letters.recommend(referralId, new LetterNote(note)), "letters.recommended");
  }

  public void approve() {
    act(() -> letters.decide(referralId, new LetterDecision(true, note)), "letters.approved");
  }

  public void refuse() {
    act(() -> letters.decide(referralId, new LetterDecision(false, note)), "letters.refused");
  }

  private void act(java.util.function.Supplier<LetterDetails> action, String done) {
    try {
      details = action.get();
      note = null;
      Faces.info(Faces.text(done));
    } catch (BusinessException e) {
      Faces.refused(
          e, field -> Faces.text("letters.field." + field), Faces.inputsOf("letter", INPUTS));
      load(referralId);
    }
  }

  public boolean may(String action) {
    return details != null && details.actions().contains(action);
  }

  public LetterDetails getDetails() {
    return details;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
