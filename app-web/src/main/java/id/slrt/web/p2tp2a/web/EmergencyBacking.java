package id.slrt.web.p2tp2a.web;

import id.slrt.core.error.BusinessException;
import id.slrt.referral.api.BreakGlassRequest;
import id.slrt.referral.api.ViolenceCaseDetails;
import id.slrt.referral.api.ViolenceCaseService;
import id.slrt.web.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The district admin's emergency read of one violence case ("break the glass"): the case's
 * reference and a written reason, which the case's managers see at once. Read only.
 */
@Named("violenceEmergency")
@ViewScoped
public class EmergencyBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ViolenceCaseService service;

  private String reference;
  private String reason;
  private ViolenceCaseDetails details;

  public void read() {
    try {
      details = service.breakGlass(reference, new BreakGlassRequest(reason));
      reason = null;
    } catch (BusinessException e) {
      details = null;
      Faces.refused(e, Map.of("reason", "emergency:reason"));
    }
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public ViolenceCaseDetails getDetails() {
    return details;
  }
}
