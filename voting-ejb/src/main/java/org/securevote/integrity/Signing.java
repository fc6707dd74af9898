package org.securevote.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Ed25519 through Bouncy Castle's lightweight API (much faster here than the JDK provider). */
public final class Signing {
  private final Ed25519PrivateKeyParameters privateKey;
  private final Ed25519PublicKeyParameters publicKey;

  private Signing(Ed25519PrivateKeyParameters privateKey) {
    this.privateKey = privateKey;
    this.publicKey = privateKey.generatePublicKey();
  }

  /** From the 32-byte private key seed (RFC 8032). */
  public static Signing fromSeed(byte[] seed) {
    if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
      throw new IllegalArgumentException("An Ed25519 seed has 32 bytes");
    }
    return new Signing(new Ed25519PrivateKeyParameters(seed, 0));
  }

  public byte[] publicKey() {
    return publicKey.getEncoded();
  }

  public byte[] sign(byte[]... parts) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    byte[] message = message(parts);
    signer.update(message, 0, message.length);
    return signer.generateSignature();
  }

  public static boolean verify(byte[] publicKey, byte[] signature, byte[]... parts) {
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
    byte[] message = message(parts);
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Length-prefixed parts, so ("ab","c") and ("a","bc") sign differently. */
  private static byte[] message(byte[]... parts) {
    int size = 0;
    for (byte[] part : parts) {
      size += 4 + part.length;
    }
    ByteBuffer buffer = ByteBuffer.allocate(size);
    for (byte[] part : parts) {
      buffer.putInt(part.length).put(part);
    }
    return buffer.array();
  }
}
