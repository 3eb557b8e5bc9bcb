package id.slrt.referral.api;

import java.time.LocalDate;

/** A day the district's offices are closed; {@code national} ones come with the system. */
public record HolidayDetails(LocalDate day, String name, boolean national) {}
