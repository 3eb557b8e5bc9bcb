package id.slrt.core.csv;

import id.slrt.core.error.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a row was refused, kept as JSON: {@code [{"field": "nik", "key": "nik.checksum", "args":
 * ["..."]}]}. Arguments are kept as text.
 */
public final class RejectReasons {
  private RejectReasons() {}

  public static String write(List<FieldError> errors) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (FieldError e : errors) {
      JsonArrayBuilder args = Json.createArrayBuilder();
      for (Object a : e.arguments()) {
        args.add(String.valueOf(a));
      }
      array.add(
          Json.createObjectBuilder()
              .add("field", e.field())
              .add("key", e.messageKey())
              .add("args", args));
    }
    return array.build().toString();
  }

  public static List<FieldError> read(String json) {
    List<FieldError> errors = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      for (JsonValue v : array) {
        JsonObject o = v.asJsonObject();
        JsonArray args = o.getJsonArray("args");
        Object[] arguments = new Object[args.size()];
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = args.getString(i);
        }
        errors.add(FieldError.of(o.getString("field"), o.getString("key"), arguments));
      }
    }
    return errors;
  }
}
