package id.slrt.web.referral.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.time.DistrictTime;
import id.slrt.referral.api.AddHoliday;
import id.slrt.referral.api.HolidayDetails;
import id.slrt.referral.api.HolidayService;
import id.slrt.web.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The district admin's holiday calendar: a year at a time, the national holidays beside the
 * district's own, which the admin adds and removes.
 */
@Named("holidays")
@ViewScoped
public class HolidaysBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> INPUTS = Map.of("day", "day", "name", "name");

  @Inject HolidayService service;
  @Inject DistrictTime districtTime;

  private int year;
  private List<HolidayDetails> items = List.of();
  private LocalDate day;
  private String name;

  @PostConstruct
  public void init() {
    year = districtTime.today().getYear();
    load();
  }

  private void load() {
    items = service.holidays(year);
  }

  public void add() {
    try {
      HolidayDetails added = service.add(new AddHoliday(day == null ? null : day.toString(), name));
      Faces.info(Faces.text("holidays.added", added.name()));
      day = null;
      name = null;
      year = added.day().getYear();
      load();
    } catch (BusinessException e) {
      Faces.refused(
          e, field -> Faces.text("holidays.field." + field), Faces.inputsOf("add", INPUTS));
    }
  }

  public void remove(HolidayDetails holiday) {
    try {
      service.remove(holiday.day().toString());
      Faces.info(Faces.text("holidays.removed", holiday.name()));
    } catch (BusinessException e) {
      Faces.refused(e, Map.of());
    }
    load();
  }

  public void previousYear() {
    year--;
    load();
  }

  public void nextYear() {
    year++;
    load();
  }

  public int getYear() {
    return year;
  }

  public List<HolidayDetails> getItems() {
    return items;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
