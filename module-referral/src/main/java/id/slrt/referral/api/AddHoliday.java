package id.slrt.referral.api;

/** A local holiday the district admin adds: the day (YYYY-MM-DD) and its name. */
public record AddHoliday(String day, String name) {}
