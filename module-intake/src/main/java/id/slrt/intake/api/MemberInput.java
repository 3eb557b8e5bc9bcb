package id.slrt.intake.api;

import java.time.LocalDate;

/** One member of a household to register, as typed at the front office or sent by a client. */
public record MemberInput(
    String nik, String name, String sex, LocalDate birthDate, String relationship) {}
