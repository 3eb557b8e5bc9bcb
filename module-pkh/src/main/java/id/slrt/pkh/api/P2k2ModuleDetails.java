package id.slrt.pkh.api;

/** A module of the P2K2 curriculum. */
public record P2k2ModuleDetails(String code, String title, int firstSession, int lastSession) {}
