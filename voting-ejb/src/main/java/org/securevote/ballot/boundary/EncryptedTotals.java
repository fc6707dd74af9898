package org.securevote.ballot.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.Group;

/**
 * What the tally published at closing: per candidate, the sum of its ciphertext over the {@code
 * counted} ballots. It reveals nothing until k trustees decrypt it, so it is public from the moment
 * voting closes; anyone can check it against the ballots later (the record's "totals" check).
 */
public record EncryptedTotals(String election, long counted, List<Total> totals)
    implements Serializable {

  /** A candidate's encrypted total, as two compressed points in hex. */
  public record Total(String candidate, String a, String b) implements Serializable {}

  /** Names each total by its candidate; both lists in the ballot's order. */
  static List<Total> named(List<String> candidates, List<Ciphertext> totals) {
    List<Total> named = new ArrayList<>();
    for (int i = 0; i < totals.size(); i++) {
      Ciphertext c = totals.get(i);
      named.add(new Total(candidates.get(i), Group.pointHex(c.a()), Group.pointHex(c.b())));
    }
    return named;
  }
}
