package org.securevote.trustee.boundary;

import java.io.Serializable;
import java.util.Optional;
import org.securevote.platform.Text;

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
  public Text stage() {
    if (complaintText != null) {
      return Text.of(
          "trustee.stage.complaint",
          accused().orElse(0),
          complaintText.isBlank() ? Text.of("trustee.stage.noReason") : complaintText);
    }
    if (confirmed) {
      return Text.of("trustee.stage.confirmed");
    }
    if (published && sharesExpected > 0 && sharesSent == sharesExpected) {
      return Text.of("trustee.stage.sharesSent", sharesReceived, sharesExpected);
    }
    if (published) {
      return sharesExpected == 0
          ? Text.of("trustee.stage.published")
          : Text.of("trustee.stage.sending", sharesSent, sharesExpected);
    }
    return Text.of("trustee.stage.invited");
  }
}
