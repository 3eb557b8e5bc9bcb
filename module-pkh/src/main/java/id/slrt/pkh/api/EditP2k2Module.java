package id.slrt.pkh.api;

import java.util.List;

/**
 * A module of the P2K2 curriculum as the district admin writes it: its title and its sessions in
 * order (session 1 first), each with its title. A new module goes after the curriculum's last.
 */
public record EditP2k2Module(String title, List<SessionTitle> sessions) {
  /** A session's title. */
  public record SessionTitle(String title) {}
}
