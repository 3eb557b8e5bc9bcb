package id.slrt.core.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What a use case tells the audit trail about the call it is in: that it touched sealed content (a
 * violence need, the violence desk). The event is then marked and shown only to those who may see
 * sealed content, so the trail itself never tells an admin that a sealed record exists.
 */
@RequestScoped
public class AuditScope {
  private boolean sealed;

  public void touchedSealed(boolean isSealed) {
    sealed |= isSealed;
  }

  boolean takeSealed() {
    boolean s = sealed;
    sealed = false;
    return s;
  }
}
