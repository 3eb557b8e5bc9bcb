package id.slrt.intake.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.security.CurrentUser;
import id.slrt.intake.api.NeedFollowUp;
import id.slrt.intake.domain.model.need.Need;
import id.slrt.intake.domain.model.need.NeedRepository;
import id.slrt.intake.domain.model.need.NeedStatus;
import id.slrt.intake.domain.model.need.Outcome;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/** Needs moved by their referrals, through the need's own state machine. */
@Stateless
// called only by another module's background work (no REST door): the container's caller there
// is whoever the executor propagates, so the check is that module's, not a role here
@PermitAll
public class DefaultNeedFollowUp implements NeedFollowUp {
  @Inject NeedRepository needs;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Override
  @Audited("need.referred")
  public void referred(long needId, String note) {
    needs
        .find(needId, true)
        .filter(n -> n.status() == NeedStatus.TERCATAT)
        .ifPresent(n -> move(n, NeedStatus.DIPROSES, null, note));
  }

  @Override
  @Audited("need.referralsClosed")
  public void referralsClosed(long needId, String outcome, String note) {
    Outcome closedAs = Outcome.valueOf(outcome);
    needs
        .find(needId, true)
        .filter(n -> n.status().isOpen())
        .ifPresent(n -> move(n, NeedStatus.SELESAI, closedAs, note));
  }

  private void move(Need need, NeedStatus to, Outcome outcome, String note) {
    need.moveTo(to, outcome, null, note, clock.instant(), currentUser.username());
    needs.update(need);
  }
}
