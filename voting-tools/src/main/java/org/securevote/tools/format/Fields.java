package org.securevote.tools.format;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.Group;

/**
 * The fields of one JSON object read from a file, each taken with its expected type; anything
 * missing, of another type or not a canonical encoding is refused naming the file and the field.
 */
public final class Fields {
  private final JsonObject object;
  private final String source;

  public Fields(JsonObject object, String source) {
    this.object = object;
    this.source = source;
  }

  public String source() {
    return source;
  }

  public JsonObject object() {
    return object;
  }

  public boolean has(String name) {
    return object.containsKey(name) && object.get(name) != JsonValue.NULL;
  }

  public String text(String name) {
    if (value(name) instanceof JsonString s) {
      return s.getString();
    }
    throw refuse(name, "is not a string");
  }

  /** A non-negative whole number that fits an int. */
  public int integer(String name) {
    if (value(name) instanceof JsonNumber n && n.isIntegral()) {
      try {
        int i = n.intValueExact();
        if (i >= 0) {
          return i;
        }
      } catch (ArithmeticException e) {
        // too large: refused below
      }
    }
    throw refuse(name, "is not a whole number in 0.." + Integer.MAX_VALUE);
  }

  public ECPoint point(String name) {
    String hex = text(name);
    try {
      return Group.pointFromHex(hex);
    } catch (CryptoRefusal e) {
      throw refuse(name, "is not a point: " + e.getMessage());
    }
  }

  public BigInteger scalar(String name) {
    String hex = text(name);
    try {
      return Group.scalarFromHex(hex);
    } catch (CryptoRefusal e) {
      throw refuse(name, "is not a scalar: " + e.getMessage());
    }
  }

  /** Lowercase hex bytes, like every other value in these files. */
  public byte[] bytes(String name) {
    String hex = text(name);
    if (hex.length() % 2 != 0
        || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw refuse(name, "is not lowercase hex");
    }
    return Hex.decode(hex);
  }

  public Fields object(String name) {
    if (value(name) instanceof JsonObject o) {
      return new Fields(o, source + " " + name);
    }
    throw refuse(name, "is not an object");
  }

  public List<Fields> objects(String name) {
    List<Fields> objects = new ArrayList<>();
    JsonArray array = array(name);
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject o)) {
        throw refuse(name, "holds something other than objects");
      }
      objects.add(new Fields(o, source + " " + name + "[" + i + "]"));
    }
    return objects;
  }

  public List<String> texts(String name) {
    List<String> texts = new ArrayList<>();
    JsonArray array = array(name);
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonString s)) {
        throw refuse(name + "[" + i + "]", "is not a string");
      }
      texts.add(s.getString());
    }
    return texts;
  }

  public List<BigInteger> scalars(String name) {
    List<BigInteger> scalars = new ArrayList<>();
    JsonArray array = array(name);
    for (int i = 0; i < array.size(); i++) {
      try {
        if (!(array.get(i) instanceof JsonString s)) {
          throw new CryptoRefusal("not a string");
        }
        scalars.add(Group.scalarFromHex(s.getString()));
      } catch (CryptoRefusal e) {
        throw refuse(name + "[" + i + "]", "is not a scalar: " + e.getMessage());
      }
    }
    return scalars;
  }

  /** Refuses any field but these: a strict format says each thing in one place only. */
  public Fields only(String... names) {
    java.util.Set<String> allowed = java.util.Set.of(names);
    for (String key : object.keySet()) {
      if (!allowed.contains(key)) {
        throw refuse(key, "is not a field of this object");
      }
    }
    return this;
  }

  /** The format tag every file starts with, so a file of one kind is never taken for another. */
  public void requireFormat(String format) {
    if (!has("format") || !format.equals(text("format"))) {
      throw new FormatRefusal(source + ": not a " + format + " file");
    }
  }

  public FormatRefusal refuse(String name, String problem) {
    return new FormatRefusal(source + ": \"" + name + "\" " + problem);
  }

  private JsonValue value(String name) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      throw refuse(name, "is missing");
    }
    return value;
  }

  private JsonArray array(String name) {
    if (value(name) instanceof JsonArray a) {
      return a;
    }
    throw refuse(name, "is not an array");
  }
}
