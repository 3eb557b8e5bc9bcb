package id.slrt.pkh.api;

import java.util.List;

/**
 * A module of the P2K2 curriculum with its sessions.
 *
 * @param firstSession the number of its first session in the whole curriculum (1-14 today)
 * @param lastSession the number of its last session in the whole curriculum
 */
public record P2k2ModuleDetails(
    String code, String title, int firstSession, int lastSession, List<Session> sessions) {

  /**
   * A session: {@code sessionNo} within the module (as API.md's session logs name it) and {@code
   * overallNo} in the whole curriculum.
   */
  public record Session(int sessionNo, int overallNo, String title) {}
}
