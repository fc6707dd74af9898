package org.securevote.voter.entity;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of rows that pair an election with an account (roll lines, participations). */
public class ElectionAccountKey implements Serializable {
  private String electionId;
  private Long accountId;

  public ElectionAccountKey() {}

  public ElectionAccountKey(String electionId, Long accountId) {
    this.electionId = electionId;
    this.accountId = accountId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElectionAccountKey k
        && Objects.equals(electionId, k.electionId)
        && Objects.equals(accountId, k.accountId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(electionId, accountId);
  }
}
