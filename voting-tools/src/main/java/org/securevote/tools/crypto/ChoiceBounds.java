package org.securevote.tools.crypto;

/**
 * How many candidates a ballot may choose: {@code min..max}. {@code 1..1} is the single-choice
 * ballot, which proves its count with a constant proof; any other bounds make an approval ballot,
 * which proves it with a count-in-range proof.
 */
public record ChoiceBounds(int min, int max) {
  public static final ChoiceBounds EXACTLY_ONE = new ChoiceBounds(1, 1);

  public ChoiceBounds {
    if (min < 0 || max < 1 || min > max) {
      throw new CryptoRefusal(
          "choice bounds " + min + ".." + max + " are not 0 <= min <= max, max >= 1");
    }
  }

  public boolean singleChoice() {
    return min == 1 && max == 1;
  }

  /** Whether these bounds fit a ballot of that many candidates. */
  public boolean fit(int candidates) {
    return max <= candidates;
  }

  public boolean allow(int chosen) {
    return chosen >= min && chosen <= max;
  }
}
