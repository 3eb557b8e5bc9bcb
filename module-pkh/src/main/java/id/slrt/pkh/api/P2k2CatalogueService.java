package id.slrt.pkh.api;

import java.util.List;

/** The current tenant's P2K2 curriculum. */
public interface P2k2CatalogueService {

  List<P2k2ModuleDetails> modules();
}
