package id.slrt.intake.api;

import java.util.List;

/** The request to register a household (family card) with its members. */
public record RegisterHousehold(
    String kk, AddressInput address, Boolean femaleHeaded, List<MemberInput> members) {}
