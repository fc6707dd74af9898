package org.securevote.trustee.entity;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of a trustee: the election and the trustee's number 1..n in it. */
public class TrusteeSeat implements Serializable {
  private String electionId;
  private Integer index;

  public TrusteeSeat() {}

  public TrusteeSeat(String electionId, int index) {
    this.electionId = electionId;
    this.index = index;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrusteeSeat s
        && Objects.equals(electionId, s.electionId)
        && Objects.equals(index, s.index);
  }

  @Override
  public int hashCode() {
    return Objects.hash(electionId, index);
  }
}
