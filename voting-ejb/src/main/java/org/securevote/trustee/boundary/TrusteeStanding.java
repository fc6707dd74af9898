package org.securevote.trustee.boundary;

import java.io.Serializable;
import java.util.Optional;

/**
 * Where one trustee stands in an election's key ceremony, as the admin and the other trustees see
 * it: nothing secret, only which files arrived. Nullable fields for the reason {@link
 * CeremonyStanding} gives.
 */
public record TrusteeStanding(
    int index,
    String name,
    String email,
    boolean published,
    int sharesSent,
    int sharesReceived,
    int sharesExpected,
    boolean confirmed,
    Integer accusedSeat,
    String complaintText)
    implements Serializable {

  public Optional<Integer> accused() {
    return Optional.ofNullable(accusedSeat);
  }

  public Optional<String> complaint() {
    return Optional.ofNullable(complaintText);
  }

  /** In words, the furthest step this trustee reached. */
  public String stage() {
    if (complaintText != null) {
      return "complaint about trustee " + accused().orElse(0) + "'s share: " + complaintText;
    }
    if (confirmed) {
      return "confirmed";
    }
    if (published && sharesExpected > 0 && sharesSent == sharesExpected) {
      return "shares sent (" + sharesReceived + " of " + sharesExpected + " received)";
    }
    if (published) {
      return sharesExpected == 0
          ? "public file published"
          : "public file published, " + sharesSent + " of " + sharesExpected + " shares sent";
    }
    return "invited";
  }
}
