package org.securevote.ballot.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.FormatRefusal;
import org.securevote.tools.format.JsonFiles;

/**
 * Ballots' ciphertexts added up per candidate, with how many were added and the ids of those that
 * could not be: a ballot of the sealed scheme, or content that is not an encrypted ballot for this
 * many candidates. Proofs were checked at the cast; the trustees' tool checks them all again before
 * it decrypts anything. Points stay projective while adding; hex stores them normalised.
 */
final class EncryptedSum {
  private final ECPoint[] a;
  private final ECPoint[] b;
  private int counted;
  private final List<String> rejected;

  EncryptedSum(int candidates) {
    this(new ECPoint[candidates], new ECPoint[candidates], 0, List.of());
    Arrays.fill(a, Group.INFINITY);
    Arrays.fill(b, Group.INFINITY);
  }

  private EncryptedSum(ECPoint[] a, ECPoint[] b, int counted, List<String> rejected) {
    this.a = a;
    this.b = b;
    this.counted = counted;
    this.rejected = new ArrayList<>(rejected);
  }

  /** A sum as {@link #aHex()} and {@link #bHex()} wrote it; "" stands for the point at infinity. */
  static EncryptedSum fromHex(String[] a, String[] b, int counted, List<String> rejected) {
    return new EncryptedSum(points(a), points(b), counted, rejected);
  }

  void add(String ballotId, String tracker, String content) {
    List<Ciphertext> selections = selections(tracker, content);
    if (selections == null) {
      rejected.add(ballotId);
      return;
    }
    for (int i = 0; i < a.length; i++) {
      a[i] = a[i].add(selections.get(i).a());
      b[i] = b[i].add(selections.get(i).b());
    }
    counted++;
  }

  int counted() {
    return counted;
  }

  List<String> rejected() {
    return List.copyOf(rejected);
  }

  /** The total of one candidate, normalised: the ciphertext of that candidate's count. */
  Ciphertext total(int candidate) {
    return new Ciphertext(a[candidate].normalize(), b[candidate].normalize());
  }

  String[] aHex() {
    return hex(a);
  }

  String[] bHex() {
    return hex(b);
  }

  private List<Ciphertext> selections(String tracker, String content) {
    if (content == null) {
      return null;
    }
    try {
      EncryptedBallot parsed = BallotJson.fromJson(JsonFiles.parse(content, "ballot " + tracker));
      return parsed.selections().size() == a.length ? parsed.selections() : null;
    } catch (FormatRefusal | IllegalArgumentException e) {
      return null;
    }
  }

  private static String[] hex(ECPoint[] points) {
    // One inversion for all of them instead of one each.
    ECPoint[] normal = points.clone();
    Group.CURVE.normalizeAll(normal);
    return Arrays.stream(normal)
        .map(p -> p.isInfinity() ? "" : Group.pointHex(p))
        .toArray(String[]::new);
  }

  private static ECPoint[] points(String[] hex) {
    return Arrays.stream(hex)
        .map(h -> h.isEmpty() ? Group.INFINITY : Group.pointFromHex(h))
        .toArray(ECPoint[]::new);
  }
}
