package org.securevote.integrity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * The server's OpenPGP signing key (Ed25519), made from a 32-byte seed so that every instance holds
 * the same key and its fingerprint never changes: the creation time is fixed, not the moment of
 * start. Signs the audit exports; anyone imports its public key into gpg to check them.
 */
public final class OpenPgpKey {
  static final String USER_ID = "Secure Vote audit export";
  // Part of the fingerprint: changing it changes the key that auditors have imported.
  private static final Date CREATED = Date.from(Instant.parse("2026-01-01T00:00:00Z"));

  private final PGPKeyPair pair;
  private final PGPPublicKeyRing publicRing;

  private OpenPgpKey(PGPKeyPair pair, PGPPublicKeyRing publicRing) {
    this.pair = pair;
    this.publicRing = publicRing;
  }

  public static OpenPgpKey fromSeed(byte[] seed) {
    Ed25519PrivateKeyParameters privateKey = new Ed25519PrivateKeyParameters(seed, 0);
    try {
      PGPKeyPair pair =
          new BcPGPKeyPair(
              PublicKeyPacket.VERSION_4,
              PublicKeyAlgorithmTags.EDDSA_LEGACY,
              new AsymmetricCipherKeyPair(privateKey.generatePublicKey(), privateKey),
              CREATED);
      PGPSignatureSubpacketGenerator use = new PGPSignatureSubpacketGenerator();
      use.setKeyFlags(true, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
      use.setSignatureCreationTime(true, CREATED);
      PGPKeyRingGenerator rings =
          new PGPKeyRingGenerator(
              PGPSignature.POSITIVE_CERTIFICATION,
              pair,
              USER_ID,
              new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1),
              use.generate(),
              null,
              new BcPGPContentSignerBuilder(
                  PublicKeyAlgorithmTags.EDDSA_LEGACY, HashAlgorithmTags.SHA512),
              null);
      return new OpenPgpKey(pair, rings.generatePublicKeyRing());
    } catch (PGPException e) {
      throw new IllegalStateException("Cannot make the OpenPGP export key", e);
    }
  }

  PGPPrivateKey privateKey() {
    return pair.getPrivateKey();
  }

  PGPPublicKey publicKey() {
    return pair.getPublicKey();
  }

  /** The fingerprint as gpg prints it (40 hex digits, upper case). */
  public String fingerprint() {
    return HexFormat.of().withUpperCase().formatHex(pair.getPublicKey().getFingerprint());
  }

  /** The public key with its self-signed user ID, ASCII-armoured, for {@code gpg --import}. */
  public String armoredPublicKey() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ArmoredOutputStream armored = new ArmoredOutputStream(bytes)) {
      publicRing.encode(armored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
