package id.slrt.intake.api;

/**
 * Where intake's violence hand-overs go: P2TP2A's case file, in the module that keeps it. Called in
 * a transaction of intake's outbox; when it throws, the hand-over stays in the outbox and is
 * delivered again later. Receiving the same {@code source} twice must open one case.
 */
public interface ViolenceHandOverReceiver {
  void receive(ViolenceHandOver handOver);
}
