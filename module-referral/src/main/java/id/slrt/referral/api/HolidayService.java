package id.slrt.referral.api;

import java.util.List;

/**
 * The district's holiday calendar: SLA deadlines and escalations count working days, Monday to
 * Friday except these. National holidays come with the system; the district admin adds and removes
 * the district's own (a regional anniversary, a local religious day, a collective leave). A change
 * counts for referrals made from then on and for every escalation pass; due dates already given
 * stay as they were told to the family.
 */
public interface HolidayService {
  /** The year's holidays, by day. */
  List<HolidayDetails> holidays(int year);

  /**
   * @throws id.slrt.core.error.ValidationException for a missing or wrong day or name
   * @throws id.slrt.core.error.ConflictException when the day is a holiday already
   */
  HolidayDetails add(AddHoliday request);

  /**
   * @throws id.slrt.core.error.NotFoundException when the day is no holiday
   * @throws id.slrt.core.error.ConflictException for a national holiday
   */
  void remove(String day);
}
