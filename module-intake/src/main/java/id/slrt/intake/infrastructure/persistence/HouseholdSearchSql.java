package id.slrt.intake.infrastructure.persistence;

import id.slrt.intake.domain.model.household.SearchText;
import java.util.List;

/**
 * The family search as SQL: the ids ({@code hid}) of the families a {@link SearchText} finds, in a
 * form an index answers in the order of the list (newest family first) without reading the rest. A
 * name walks the name index (migration V18) from the token of the text's two rarest word keys
 * together ({@link SearchText#firstToken}), every further key looked up by primary key for the same
 * person; a NIK or No. KK prefix is a range of its unique index; the village and the caller's place
 * are ranges of the village index. The repository runs it; {@code ./slrt bench} runs the same
 * statements by plain JDBC as the search's limit.
 *
 * @param sql the candidates, without order or limit
 * @param parameters its positional parameters, in order
 */
public record HouseholdSearchSql(String sql, List<Object> parameters) {

  public HouseholdSearchSql {
    parameters = List.copyOf(parameters);
  }

  /** A page of ids, newest first; two more parameters: the offset and the page size. */
  public String pageSql() {
    return sql + " ORDER BY hid DESC LIMIT ?, ?";
  }

  /** How many the search finds, up to a limit given as one more parameter. */
  public String countSql() {
    return "SELECT COUNT(*) FROM (" + sql + " LIMIT ?) counted";
  }

  /**
   * The search for a village (or null), the caller's place pattern (or null) and a text (or null);
   * a text that {@linkplain SearchText#findsNothing finds nothing} is the caller's to answer.
   */
  public static HouseholdSearchSql of(String villageCode, String place, SearchText text) {
    if (text != null && text.findsNothing()) {
      throw new IllegalArgumentException("a search text without a number or a name");
    }
    List<Object> parameters = new java.util.ArrayList<>();
    StringBuilder placeWhere = new StringBuilder();
    List<Object> placeParameters = new java.util.ArrayList<>();
    if (villageCode != null) {
      placeWhere.append(" AND h.village_code = ?");
      placeParameters.add(villageCode);
    }
    if (place != null) {
      placeWhere.append(" AND h.village_code LIKE ?");
      placeParameters.add(place);
    }
    if (text == null) {
      parameters.addAll(placeParameters);
      return new HouseholdSearchSql(
          "SELECT h.id AS hid FROM household h WHERE 1 = 1" + placeWhere, parameters);
    }
    if (text.isNumber()) {
      String prefix = text.numberPrefix() + "%";
      String byKk = "SELECT h.id AS hid FROM household h WHERE h.kk LIKE ?" + placeWhere;
      String byNik =
          "SELECT p.household_id AS hid FROM person p"
              + (placeWhere.length() == 0 ? "" : " JOIN household h ON h.id = p.household_id")
              + " WHERE p.nik LIKE ?"
              + placeWhere;
      parameters.add(prefix);
      parameters.addAll(placeParameters);
      parameters.add(prefix);
      parameters.addAll(placeParameters);
      return new HouseholdSearchSql(
          "SELECT DISTINCT hid FROM (" + byKk + " UNION ALL " + byNik + ") numbers", parameters);
    }
    StringBuilder sql =
        new StringBuilder("SELECT DISTINCT t0.household_id AS hid FROM person_name_token t0");
    int n = 1;
    for (String key : text.otherKeys()) {
      String t = "t" + n++;
      sql.append(" JOIN person_name_token ")
          .append(t)
          .append(" ON ")
          .append(t)
          .append(".token = ? AND ")
          .append(t)
          .append(".household_id = t0.household_id AND ")
          .append(t)
          .append(".person_id = t0.person_id");
      parameters.add(key);
    }
    if (placeWhere.length() > 0) {
      sql.append(" JOIN household h ON h.id = t0.household_id");
    }
    sql.append(" WHERE t0.token = ?").append(placeWhere);
    parameters.add(text.firstToken());
    parameters.addAll(placeParameters);
    return new HouseholdSearchSql(sql.toString(), parameters);
  }
}
