package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.Reader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads JSON values from a stream, refusing a duplicated key at any depth as JsonFiles does: a
 * record of a hundred thousand ballots is read one ballot at a time, never as one object tree.
 */
final class StrictParser implements AutoCloseable {
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
  // Json.createObjectBuilder() looks the provider up anew on every call: far too slow per ballot.
  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  private final JsonParser parser;
  private final String source;

  StrictParser(Reader reader, String source) {
    this.parser = PARSERS.createParser(reader);
    this.source = source;
  }

  JsonParser.Event next() {
    if (!parser.hasNext()) {
      throw new FormatRefusal(source + ": ends too early");
    }
    return parser.next();
  }

  boolean hasNext() {
    return parser.hasNext();
  }

  String string() {
    return parser.getString();
  }

  /** The value that starts with this event, whole. */
  JsonValue value(JsonParser.Event event, String where) {
    return switch (event) {
      case START_OBJECT -> object(where);
      case START_ARRAY -> array(where);
      case VALUE_STRING, VALUE_NUMBER, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> parser.getValue();
      default -> throw new FormatRefusal(source + ": " + where + " is not a JSON value");
    };
  }

  /** The object whose START_OBJECT was just read. */
  JsonObject object(String where) {
    JsonObjectBuilder builder = BUILDERS.createObjectBuilder();
    Set<String> keys = new HashSet<>();
    for (JsonParser.Event e = next(); e != JsonParser.Event.END_OBJECT; e = next()) {
      String key = parser.getString();
      if (!keys.add(key)) {
        throw new FormatRefusal(source + ": " + where + " has the key \"" + key + "\" twice");
      }
      builder.add(key, value(next(), where + " " + key));
    }
    return builder.build();
  }

  private JsonValue array(String where) {
    JsonArrayBuilder builder = BUILDERS.createArrayBuilder();
    int i = 0;
    for (JsonParser.Event e = next(); e != JsonParser.Event.END_ARRAY; e = next()) {
      builder.add(value(e, where + "[" + i++ + "]"));
    }
    return builder.build();
  }

  @Override
  public void close() {
    parser.close();
  }
}
