package org.securevote.tools.crypto;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.util.encoders.Hex;

/**
 * The server's receipt for an accepted ballot: a pure Ed25519 signature (RFC 8032) over the
 * transcript text "securevote/v1/receipt", election id, tracker (64 hex digits), encryptedBy. A
 * voter holding it can prove the server accepted that ballot, should it be missing from the record.
 */
public final class Receipt {
  static final String TAG = "securevote/v1/receipt";
  public static final int KEY_BYTES = Ed25519PublicKeyParameters.KEY_SIZE;
  public static final int SIGNATURE_BYTES = Ed25519PrivateKeyParameters.SIGNATURE_SIZE;

  /** Where the ballot was encrypted. */
  public enum EncryptedBy {
    /** In the voter's browser, or by an /api client. */
    VOTER("voter"),
    /** By the server, on the no-JavaScript path. */
    SERVER("server");

    private final String wire;

    EncryptedBy(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }

    /**
     * @throws CryptoRefusal for anything but "voter" or "server"
     */
    public static EncryptedBy fromWire(String wire) {
      for (EncryptedBy e : values()) {
        if (e.wire.equals(wire)) {
          return e;
        }
      }
      throw new CryptoRefusal("encryptedBy is \"voter\" or \"server\"");
    }
  }

  private Receipt() {}

  /** The signed bytes. */
  public static byte[] message(String electionId, String tracker, EncryptedBy encryptedBy) {
    if (tracker == null || !tracker.matches("[0-9a-f]{64}")) {
      throw new CryptoRefusal("a tracker is 64 lowercase hex digits");
    }
    return new Transcript(TAG, electionId).text(tracker).text(encryptedBy.wire()).bytes();
  }

  /** The 64-byte signature with a 32-byte Ed25519 seed (what the server's signing key holds). */
  public static byte[] sign(
      byte[] seed, String electionId, String tracker, EncryptedBy encryptedBy) {
    if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
      throw new CryptoRefusal("an Ed25519 seed is 32 bytes");
    }
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
    byte[] message = message(electionId, tracker, encryptedBy);
    signer.update(message, 0, message.length);
    return signer.generateSignature();
  }

  /** The public key of a 32-byte seed, as the record's receiptKey holds it. */
  public static byte[] publicKey(byte[] seed) {
    return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
  }

  /**
   * Whether signature (64 bytes) is the receipt key's for this ballot; false for any bad length.
   */
  public static boolean verify(
      byte[] publicKey,
      byte[] signature,
      String electionId,
      String tracker,
      EncryptedBy encryptedBy) {
    if (publicKey.length != KEY_BYTES || signature.length != SIGNATURE_BYTES) {
      return false;
    }
    byte[] message = message(electionId, tracker, encryptedBy);
    Ed25519Signer verifier = new Ed25519Signer();
    try {
      verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
    } catch (IllegalArgumentException e) {
      return false;
    }
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  /** As {@link #verify(byte[], byte[], String, String, EncryptedBy)}, both in lowercase hex. */
  public static boolean verifyHex(
      String publicKeyHex,
      String signatureHex,
      String electionId,
      String tracker,
      EncryptedBy encryptedBy) {
    if (!publicKeyHex.matches("[0-9a-f]{64}") || !signatureHex.matches("[0-9a-f]{128}")) {
      return false;
    }
    return verify(
        Hex.decode(publicKeyHex), Hex.decode(signatureHex), electionId, tracker, encryptedBy);
  }
}
