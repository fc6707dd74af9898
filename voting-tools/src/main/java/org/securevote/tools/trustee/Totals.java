package org.securevote.tools.trustee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.securevote.tools.crypto.Ciphertext;

/**
 * TOTALS.json: the encrypted total of each candidate, as the server adds them up at closing, in the
 * election's candidate order.
 */
record Totals(String electionId, List<Total> totals) {

  record Total(String candidate, Ciphertext ciphertext) {}

  Totals {
    totals = List.copyOf(totals);
  }

  static Totals read(Path file) {
    Fields f = JsonFiles.read(file);
    List<Total> totals = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Fields t : f.objects("totals")) {
      String candidate = t.text("candidate");
      if (!names.add(candidate)) {
        throw t.refuse("candidate", "names a candidate twice");
      }
      totals.add(new Total(candidate, new Ciphertext(t.point("a"), t.point("b"))));
    }
    if (totals.isEmpty()) {
      throw f.refuse("totals", "is empty");
    }
    return new Totals(f.text("electionId"), totals);
  }

  void requireElection(String expected, Path file) {
    if (!electionId.equals(expected)) {
      throw new ToolFailure(
          file + ": for election \"" + electionId + "\", not \"" + expected + "\"");
    }
  }
}
