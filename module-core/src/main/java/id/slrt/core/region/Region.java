package id.slrt.core.region;

import id.slrt.core.identity.RegionCode;
import java.io.Serializable;

/** A region of the Kemendagri table: its code and name. */
public record Region(RegionCode code, String name) implements Serializable {}
