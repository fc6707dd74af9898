package org.securevote.integrity;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;
import org.securevote.platform.Text;
import org.securevote.platform.UnfitArgument;

/**
 * An OpenPGP message (RFC 4880) that standard gpg opens: signed by the server's {@link OpenPgpKey},
 * compressed, and encrypted (AES-256 with an integrity check) to the recipient's public key. It is
 * written as the content is produced, so a file of any size passes through in constant memory.
 */
public final class SealedExport {
  private static final int BUFFER = 1 << 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SealedExport() {}

  /** Writes the content; may throw IOException. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * The key to encrypt to, from a public key as gpg exports it (armoured or binary): the first
   * usable encryption key or subkey. Refuses (IllegalArgumentException, with what is wrong)
   * anything else: no OpenPGP key, a secret key, a key that cannot encrypt, revoked or expired.
   */
  public static PGPPublicKey recipient(byte[] uploaded) {
    BcPGPPublicKeyRingCollection rings = null;
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(uploaded))) {
      rings = new BcPGPPublicKeyRingCollection(in);
    } catch (IOException | PGPException | RuntimeException notAKey) {
      // refused below, with the same words
    }
    if (rings == null || rings.size() == 0) {
      throw new NotARecipient(Text.of("export.notAKey"));
    }
    Instant now = Instant.now();
    for (Iterator<PGPPublicKeyRing> ring = rings.getKeyRings(); ring.hasNext(); ) {
      PGPPublicKeyRing keys = ring.next();
      if (keys.getPublicKey().hasRevocation()) {
        continue;
      }
      for (Iterator<PGPPublicKey> key = keys.getPublicKeys(); key.hasNext(); ) {
        PGPPublicKey candidate = key.next();
        if (candidate.isEncryptionKey() && !candidate.hasRevocation() && !expired(candidate, now)) {
          return candidate;
        }
      }
    }
    throw new NotARecipient(Text.of("export.noEncryptionKey"));
  }

  /** An upload that cannot be encrypted to; the text says what is wrong with it. */
  public static final class NotARecipient extends UnfitArgument {
    NotARecipient(Text text) {
      super(text);
    }
  }

  /** Signs, compresses and encrypts the content as one file named {@code fileName}. */
  public static void write(
      OutputStream out, PGPPublicKey recipient, OpenPgpKey signer, String fileName, Content content)
      throws IOException {
    try {
      PGPEncryptedDataGenerator encryption =
          new PGPEncryptedDataGenerator(
              new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                  .setWithIntegrityPacket(true)
                  .setSecureRandom(RANDOM));
      encryption.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(recipient));
      PGPSignatureGenerator signature =
          new PGPSignatureGenerator(
              new BcPGPContentSignerBuilder(
                  PublicKeyAlgorithmTags.EDDSA_LEGACY, HashAlgorithmTags.SHA512),
              signer.publicKey());
      signature.init(PGPSignature.BINARY_DOCUMENT, signer.privateKey());
      try (OutputStream encrypted = encryption.open(nonClosing(out), new byte[BUFFER])) {
        PGPCompressedDataGenerator compression =
            new PGPCompressedDataGenerator(CompressionAlgorithmTags.ZIP);
        OutputStream compressed = compression.open(encrypted, new byte[BUFFER]);
        signature.generateOnePassVersion(false).encode(compressed);
        PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
        OutputStream data =
            literal.open(compressed, PGPLiteralData.BINARY, fileName, new Date(), new byte[BUFFER]);
        content.writeTo(signed(data, signature));
        literal.close();
        signature.generate().encode(compressed);
        compression.close();
      }
    } catch (PGPException e) {
      throw new IOException("Cannot make the OpenPGP message", e);
    }
  }

  private static boolean expired(PGPPublicKey key, Instant now) {
    long valid = key.getValidSeconds();
    return valid > 0 && key.getCreationTime().toInstant().plusSeconds(valid).isBefore(now);
  }

  /** Passes bytes on and into the signature; closing it closes nothing below. */
  private static OutputStream signed(OutputStream data, PGPSignatureGenerator signature) {
    return new FilterOutputStream(data) {
      @Override
      public void write(int b) throws IOException {
        signature.update((byte) b);
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        signature.update(b, off, len);
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
