package org.securevote.voter.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.securevote.voter.boundary.RollImportReport.RowProblem;

/** A report's row problems as the JSON array that {@code roll_import.problems} holds. */
final class RowProblems {
  private RowProblems() {}

  static String json(List<RowProblem> problems) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (RowProblem p : problems) {
      JsonObjectBuilder row = Json.createObjectBuilder().add("line", p.line());
      if (p.voterRef() != null) {
        row.add("voterRef", p.voterRef());
      }
      array.add(row.add("problems", p.problems()));
    }
    return array.build().toString();
  }

  static List<RowProblem> read(String json) {
    if (json == null) {
      return List.of();
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.getValuesAs(JsonObject.class).stream()
          .map(
              o ->
                  new RowProblem(
                      o.getJsonNumber("line").longValue(),
                      o.getString("voterRef", null),
                      o.getString("problems")))
          .toList();
    }
  }
}
