package org.securevote.voter.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.securevote.platform.Text;
import org.securevote.voter.boundary.RollImportReport.RowProblem;

/**
 * A report's row problems as the JSON array that {@code roll_import.problems} holds, and the texts
 * of an import's outcome as {@code roll_import} keeps them: by key and arguments, so each page that
 * reads them later shows them in its viewer's language.
 */
final class RowProblems {
  private RowProblems() {}

  /** A row's problems as one text: "first; second; …". */
  static Text joined(List<Text> problems) {
    Text joined = problems.get(problems.size() - 1);
    for (int i = problems.size() - 2; i >= 0; i--) {
      joined = Text.of("roll.problem.and", problems.get(i), joined);
    }
    return joined;
  }

  static String json(List<RowProblem> problems) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (RowProblem p : problems) {
      JsonObjectBuilder row = Json.createObjectBuilder().add("line", p.line());
      if (p.voterRef() != null) {
        row.add("voterRef", p.voterRef());
      }
      array.add(row.add("problems", json(p.problems())));
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
                      text(o.get("problems"))))
          .toList();
    }
  }

  /** A text as a JSON object: its key and its arguments (texts, numbers or strings). */
  static JsonObject json(Text text) {
    JsonArrayBuilder args = Json.createArrayBuilder();
    for (Object arg : text.args()) {
      if (arg instanceof Text nested) {
        args.add(json(nested));
      } else if (arg instanceof Integer || arg instanceof Long) {
        args.add(((Number) arg).longValue());
      } else {
        args.add(String.valueOf(arg));
      }
    }
    return Json.createObjectBuilder().add("key", text.key()).add("args", args).build();
  }

  /** A text stored by {@link #json(Text)}, or the words stored before texts were kept by key. */
  static Text text(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith("{")) {
      return Text.of("roll.import.verbatim", stored);
    }
    try (JsonReader reader = Json.createReader(new StringReader(stored))) {
      return text(reader.readObject());
    }
  }

  private static Text text(JsonValue value) {
    if (value instanceof JsonString words) {
      return Text.of("roll.import.verbatim", words.getString());
    }
    JsonObject object = value.asJsonObject();
    List<Object> args = new ArrayList<>();
    for (JsonValue arg : object.getJsonArray("args")) {
      if (arg instanceof JsonString string) {
        args.add(string.getString());
      } else if (arg instanceof JsonNumber number) {
        args.add(number.longValue());
      } else {
        args.add(text(arg));
      }
    }
    return new Text(object.getString("key"), args);
  }
}
