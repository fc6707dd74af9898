package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Path;

/**
 * What the server tells a trustee before the key ceremony: the election, how many trustees (n), how
 * many of them decrypt (k) and which one this is (1..n).
 */
public record Ceremony(String electionId, int trustees, int threshold, int trustee) {

  public static Ceremony read(Path file) {
    Fields f = JsonFiles.read(file);
    return of(f, f.text("electionId"), f.integer("trustee"));
  }

  /** n and k from these fields, the election and the trustee as given. */
  public static Ceremony of(Fields f, String electionId, int trustee) {
    int n = f.integer("trustees");
    int k = f.integer("threshold");
    // The library takes no other id into a transcript; refused here, it is the file's fault.
    if (!electionId.matches("[0-9a-f]{32}")) {
      throw f.refuse("electionId", "is not 32 lowercase hex digits");
    }
    if (n < 1) {
      throw f.refuse("trustees", "is at least 1");
    }
    if (k < 1 || k > n) {
      throw f.refuse("threshold", "lies in 1..trustees (" + n + ")");
    }
    if (trustee < 1 || trustee > n) {
      throw f.refuse("trustee", "lies in 1..trustees (" + n + ")");
    }
    return new Ceremony(electionId, n, k, trustee);
  }

  public JsonObjectBuilder sizes() {
    return Json.createObjectBuilder().add("trustees", trustees).add("threshold", threshold);
  }
}
