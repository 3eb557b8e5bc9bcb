package id.slrt.pkh.api;

import java.util.List;

/** The current tenant's P2K2 curriculum. */
public interface P2k2CatalogueService {

  List<P2k2ModuleDetails> modules();

  /**
   * The district admin adds a module or rewrites one (its title, its sessions' titles, more or
   * fewer sessions but never fewer than the groups have logged); the overall numbers follow.
   */
  P2k2ModuleDetails saveModule(String code, EditP2k2Module module);
}
