package org.securevote.tools.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.util.encoders.Hex;

/**
 * The server's signature on the head of its audit chain: pure Ed25519 (RFC 8032) over the fields
 * "securevote/v1/audit-checkpoint", seq (decimal), hash (64 lowercase hex digits), each as a 4-byte
 * big-endian length and its UTF-8 bytes. The tag keeps a checkpoint from passing for a receipt,
 * which the same key signs.
 */
public final class AuditCheckpoint {
  public static final String TAG = "securevote/v1/audit-checkpoint";

  private AuditCheckpoint() {}

  /** The signed bytes. */
  public static byte[] message(long seq, String hash) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String field : new String[] {TAG, Long.toString(seq), hash}) {
      byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
      bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
      bytes.writeBytes(utf8);
    }
    return bytes.toByteArray();
  }

  /** The signature in lowercase hex, with a 32-byte Ed25519 seed. */
  public static String sign(byte[] seed, long seq, String hash) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
    byte[] message = message(seq, hash);
    signer.update(message, 0, message.length);
    return Hex.toHexString(signer.generateSignature());
  }

  /** Whether signatureHex (128 hex digits) is publicKeyHex's on this head; false if malformed. */
  public static boolean verifyHex(String publicKeyHex, String signatureHex, long seq, String hash) {
    if (publicKeyHex == null
        || signatureHex == null
        || !publicKeyHex.matches("[0-9a-f]{64}")
        || !signatureHex.matches("[0-9a-f]{128}")) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    try {
      verifier.init(false, new Ed25519PublicKeyParameters(Hex.decode(publicKeyHex), 0));
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] message = message(seq, hash);
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(Hex.decode(signatureHex));
  }
}
