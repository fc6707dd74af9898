package org.securevote.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's two secrets, from the environment only: the master key from which keys for one
 * purpose are derived, today the HMAC key of the emailed one-time codes ({@code
 * VOTING_MASTER_KEY}), and the Ed25519 seed that signs each accepted ballot's receipt ({@code
 * VOTING_SIGNING_KEY}), both 32 bytes in base64. Neither opens a ballot: ballots are encrypted to
 * the trustees' election key. The application refuses to start without them rather than inventing
 * keys that a restart would lose.
 */
@ApplicationScoped
public class KeyRing {
  @Inject
  @ConfigProperty(name = "voting.master.key")
  Optional<String> masterKeyBase64;

  @Inject
  @ConfigProperty(name = "voting.signing.key")
  Optional<String> signingKeyBase64;

  private byte[] masterKey;
  private Signing signing;
  private OpenPgpKey openPgp;

  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    masterKey();
    signing();
  }

  private byte[] masterKey() {
    if (masterKey == null) {
      masterKey = decode("VOTING_MASTER_KEY", masterKeyBase64);
    }
    return masterKey.clone();
  }

  /** A key for one purpose, derived from the master key (HMAC-SHA256 of the purpose's name). */
  public byte[] derivedKey(String purpose) {
    return Macs.hmacSha256(masterKey(), Signing.utf8(purpose));
  }

  public Signing signing() {
    if (signing == null) {
      signing = Signing.fromSeed(decode("VOTING_SIGNING_KEY", signingKeyBase64));
    }
    return signing;
  }

  /**
   * The OpenPGP key that signs audit exports: its own Ed25519 key, derived from VOTING_SIGNING_KEY
   * (HMAC-SHA256 of a purpose name), so one secret still makes the server's identity while no
   * signature of one kind can stand for another.
   */
  public OpenPgpKey openPgp() {
    if (openPgp == null) {
      byte[] seed = decode("VOTING_SIGNING_KEY", signingKeyBase64);
      openPgp =
          OpenPgpKey.fromSeed(Macs.hmacSha256(seed, Signing.utf8("securevote/openpgp-export")));
    }
    return openPgp;
  }

  private static byte[] decode(String variable, Optional<String> base64) {
    String value =
        base64
            .filter(v -> !v.isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        variable
                            + " is not set: give it 32 random bytes in base64 (openssl rand -base64 32)"));
    byte[] key;
    try {
      key = Base64.getDecoder().decode(value.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(variable + " is not valid base64");
    }
    if (key.length != 32) {
      throw new IllegalStateException(variable + " must be 32 bytes, got " + key.length);
    }
    return key;
  }
}
