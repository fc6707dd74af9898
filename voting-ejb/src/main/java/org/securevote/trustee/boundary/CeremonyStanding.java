package org.securevote.trustee.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.securevote.platform.Text;

/**
 * An election's key ceremony as a whole: its k of n, each trustee's standing, the ceremony
 * fingerprint once every public file is in, and the election key once the ceremony is complete.
 * Pages keep it in view-scoped beans that travel with a replicated session, hence nullable fields
 * (Optional is not serializable) behind Optional accessors.
 */
public record CeremonyStanding(
    String electionId,
    String title,
    String status,
    int trustees,
    int threshold,
    List<TrusteeStanding> seats,
    String fingerprintHex,
    String publicKeyHex)
    implements Serializable {
  public CeremonyStanding {
    seats = List.copyOf(seats);
  }

  public Optional<String> fingerprint() {
    return Optional.ofNullable(fingerprintHex);
  }

  public Optional<String> publicKey() {
    return Optional.ofNullable(publicKeyHex);
  }

  public boolean appointed() {
    return trustees > 0;
  }

  public boolean allPublished() {
    return appointed() && seats.stream().allMatch(TrusteeStanding::published);
  }

  public boolean complete() {
    return publicKeyHex != null;
  }

  public boolean disputed() {
    return seats.stream().anyMatch(s -> s.complaint().isPresent());
  }

  /** The fingerprint in groups of four hex digits, as the trustees' tool prints it. */
  public Optional<String> fingerprintGrouped() {
    return fingerprint().map(CeremonyStanding::grouped);
  }

  static String grouped(String hex) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 4) {
      out.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 4));
    }
    return out.toString();
  }

  /** In words, what the ceremony waits for. */
  public Text stage() {
    if (!appointed()) {
      return Text.of("ceremony.stage.none");
    }
    if (complete()) {
      return Text.of("ceremony.stage.complete");
    }
    if (disputed()) {
      return Text.of("ceremony.stage.blocked");
    }
    long published = seats.stream().filter(TrusteeStanding::published).count();
    if (published < trustees) {
      return Text.of("ceremony.stage.publicFiles", published, trustees);
    }
    boolean sharesIn = seats.stream().allMatch(s -> s.sharesSent() == s.sharesExpected());
    if (!sharesIn) {
      return Text.of("ceremony.stage.shares");
    }
    long confirmed = seats.stream().filter(TrusteeStanding::confirmed).count();
    return Text.of("ceremony.stage.confirmations", confirmed, trustees);
  }
}
