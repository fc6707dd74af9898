package org.securevote.web.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** Who a session signed in as: plain values, so the session can be replicated to other members. */
record SignedInCaller(String name, List<String> groups) implements Serializable {
  static SignedInCaller of(String name, Set<String> groups) {
    return new SignedInCaller(name, List.copyOf(groups));
  }

  Set<String> groupSet() {
    return Set.copyOf(groups);
  }
}
