package id.slrt.web.intake.web;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.HouseholdQuery;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.HouseholdSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The household list: lazy, paged in the database, searchable by NIK, KK, name and village. */
@Named("householdList")
@ViewScoped
public class HouseholdListBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject HouseholdService households;

  private String text;
  private String districtCode;
  private String villageCode;
  private boolean exact = true;

  private final LazyDataModel<HouseholdSummary> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) households.search(query(), PageRequest.of(0, 1)).total();
        }

        @Override
        public List<HouseholdSummary> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
          Page<HouseholdSummary> page =
              households.search(query(), PageRequest.of(first / size, size));
          setRowCount((int) page.total());
          exact = page.exact();
          return page.items();
        }

        @Override
        public String getRowKey(HouseholdSummary row) {
          return Long.toString(row.id());
        }
      };

  private HouseholdQuery query() {
    return new HouseholdQuery(villageCode, text);
  }

  public void districtChanged() {
    villageCode = null;
  }

  /** False when the search found more families than it counts (the report says "more than"). */
  public boolean isExact() {
    return exact;
  }

  public LazyDataModel<HouseholdSummary> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getVillageCode() {
    return villageCode;
  }

  public void setVillageCode(String villageCode) {
    this.villageCode = villageCode;
  }
}
