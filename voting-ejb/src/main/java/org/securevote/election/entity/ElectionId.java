package org.securevote.election.entity;

import org.securevote.audit.control.AuditSubject;
import org.securevote.integrity.RandomIds;

/** An election's id: 32 hex characters, nothing else. */
public record ElectionId(String value) implements AuditSubject {
  public ElectionId {
    if (!RandomIds.isWellFormed(value)) {
      throw new IllegalArgumentException("Not an election id");
    }
  }

  /** The first election id among a call's arguments, for interceptors that guard elections. */
  public static ElectionId firstIn(Object[] arguments, String binding) {
    return java.util.Arrays.stream(arguments)
        .filter(ElectionId.class::isInstance)
        .map(ElectionId.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(binding + " needs an ElectionId argument"));
  }

  public static ElectionId next() {
    return new ElectionId(RandomIds.next());
  }

  @Override
  public String auditName() {
    return "election:" + value;
  }

  @Override
  public String toString() {
    return value;
  }
}
