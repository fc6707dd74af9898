package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECIES on P-256 for the key ceremony's shares: ephemeral ECDH with the receiver's trustee key,
 * HKDF-SHA256 into an AES-256 key and a GCM nonce, AES-256-GCM with the election id, both trustee
 * indices and both points as associated data. The key is fresh per share, so the derived nonce is
 * never reused.
 */
public final class ShareTransport {
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private ShareTransport() {}

  public static SealedShare seal(
      String electionId,
      int from,
      TrusteePublicKey receiver,
      BigInteger share,
      SecureRandom random) {
    return seal(
        electionId, from, receiver.trustee(), receiver.key(), share, Group.randomScalar(random));
  }

  static SealedShare seal(
      String electionId,
      int from,
      int to,
      ECPoint receiverKey,
      BigInteger share,
      BigInteger ephemeralSecret) {
    ECPoint ephemeral = Group.base(ephemeralSecret).normalize();
    ECPoint shared = receiverKey.multiply(ephemeralSecret).normalize();
    byte[] associated = associatedData(electionId, from, to, ephemeral, receiverKey);
    byte[] sealed = aes(Cipher.ENCRYPT_MODE, shared, associated, Group.encodeScalar(share));
    return new SealedShare(from, to, ephemeral, sealed);
  }

  /**
   * The share, if it was sealed for this receiver in this election by the trustee it names.
   *
   * @throws CryptoRefusal if anything was changed on the way or it is meant for someone else
   */
  public static BigInteger open(
      String electionId, int receiver, KeyPair receiverKey, SealedShare sealed) {
    if (sealed.to() != receiver) {
      throw new CryptoRefusal("this share is for trustee " + sealed.to());
    }
    ECPoint shared = sealed.ephemeral().multiply(receiverKey.secret()).normalize();
    byte[] associated =
        associatedData(
            electionId, sealed.from(), sealed.to(), sealed.ephemeral(), receiverKey.publicKey());
    return Group.decodeScalar(aes(Cipher.DECRYPT_MODE, shared, associated, sealed.ciphertext()));
  }

  /** The transcript encoding of (tag, election id, from, to, E, receiver's key). */
  static byte[] associatedData(
      String electionId, int from, int to, ECPoint ephemeral, ECPoint receiverKey) {
    return new Transcript(Tags.SHARE_TRANSPORT, electionId)
        .integer(from)
        .integer(to)
        .point(ephemeral)
        .point(receiverKey)
        .bytes();
  }

  /** HKDF-SHA256(ikm = x of the shared point, salt = none, info = associated data), 44 bytes. */
  static byte[] keyMaterial(ECPoint shared, byte[] associated) {
    if (shared.isInfinity()) {
      throw new CryptoRefusal("no shared secret");
    }
    byte[] x = shared.normalize().getAffineXCoord().getEncoded();
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(x, null, associated));
    byte[] out = new byte[KEY_BYTES + NONCE_BYTES];
    hkdf.generateBytes(out, 0, out.length);
    return out;
  }

  private static byte[] aes(int mode, ECPoint shared, byte[] associated, byte[] input) {
    byte[] material = keyMaterial(shared, associated);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          mode,
          new SecretKeySpec(Arrays.copyOfRange(material, 0, KEY_BYTES), "AES"),
          new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(material, KEY_BYTES, material.length)));
      cipher.updateAAD(associated);
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new CryptoRefusal("the sealed share was changed or is not for this key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is part of every Java platform", e);
    }
  }
}
