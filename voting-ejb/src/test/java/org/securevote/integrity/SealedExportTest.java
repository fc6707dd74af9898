package org.securevote.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPOnePassSignature;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sealed export opens with the recipient's key only and carries the server's signature. */
class SealedExportTest {
  private static final OpenPgpKey SERVER = OpenPgpKey.fromSeed(seed(7));
  private static PGPKeyPair auditor;
  private static byte[] auditorPublic;

  @BeforeAll
  static void auditorKey() throws Exception {
    RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
    rsa.init(
        new RSAKeyGenerationParameters(BigInteger.valueOf(65537), new SecureRandom(), 2048, 80));
    auditor =
        new BcPGPKeyPair(
            PublicKeyPacket.VERSION_4,
            PublicKeyAlgorithmTags.RSA_GENERAL,
            rsa.generateKeyPair(),
            new Date());
    PGPKeyRingGenerator ring =
        new PGPKeyRingGenerator(
            PGPSignature.POSITIVE_CERTIFICATION,
            auditor,
            "Auditor <auditor@example.org>",
            new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1),
            null,
            null,
            new BcPGPContentSignerBuilder(
                PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
            null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ArmoredOutputStream armored = new ArmoredOutputStream(bytes)) {
      ring.generatePublicKeyRing().encode(armored);
    }
    auditorPublic = bytes.toByteArray();
  }

  @Test
  void theRecipientOpensTheContentAndTheServersSignatureHolds() throws Exception {
    byte[] content = new byte[3_000_000];
    new SecureRandom().nextBytes(content);

    Opened opened = open(seal(content));

    assertArrayEquals(content, opened.content());
    assertEquals("trail.csv", opened.fileName());
    assertTrue(opened.signed(), "the server's signature verifies");
  }

  @Test
  void aChangedByteInTheContentBreaksTheSignature() throws Exception {
    byte[] content = "seq,actor\n1,admin\n".getBytes(StandardCharsets.UTF_8);
    Opened opened = open(seal(content));
    byte[] changed = opened.content().clone();
    changed[0] ^= 1;
    assertFalse(
        SealedExportTest.verify(changed, opened.signature()), "a changed byte fails the check");
    assertTrue(SealedExportTest.verify(opened.content(), opened.signature()));
  }

  @Test
  void theServerKeyIsTheSameFromTheSameSeedAndImportable() {
    OpenPgpKey again = OpenPgpKey.fromSeed(seed(7));

    assertEquals(SERVER.fingerprint(), again.fingerprint());
    assertEquals(40, SERVER.fingerprint().length());
    assertNotEquals(SERVER.fingerprint(), OpenPgpKey.fromSeed(seed(8)).fingerprint());
    assertTrue(SERVER.armoredPublicKey().startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
  }

  @Test
  void anythingButAnEncryptionKeyIsRefusedWithAReason() {
    IllegalArgumentException garbage =
        assertThrows(
            IllegalArgumentException.class,
            () -> SealedExport.recipient("not a key".getBytes(StandardCharsets.UTF_8)));
    IllegalArgumentException signOnly =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SealedExport.recipient(
                    SERVER.armoredPublicKey().getBytes(StandardCharsets.US_ASCII)));

    assertTrue(garbage.getMessage().contains("not an OpenPGP public key"), garbage.getMessage());
    assertTrue(signOnly.getMessage().contains("no valid encryption key"), signOnly.getMessage());
  }

  private static byte[] seal(byte[] content) throws IOException {
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    SealedExport.write(
        sealed,
        SealedExport.recipient(auditorPublic),
        SERVER,
        "trail.csv",
        out -> out.write(content));
    return sealed.toByteArray();
  }

  private record Opened(byte[] content, String fileName, PGPSignature signature, boolean signed) {}

  private static Opened open(byte[] sealed) throws Exception {
    InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(sealed));
    PGPEncryptedDataList list = (PGPEncryptedDataList) new BcPGPObjectFactory(in).nextObject();
    PGPPublicKeyEncryptedData encrypted = (PGPPublicKeyEncryptedData) list.get(0);
    InputStream clear =
        encrypted.getDataStream(new BcPublicKeyDataDecryptorFactory(auditor.getPrivateKey()));
    PGPCompressedData compressed = (PGPCompressedData) new BcPGPObjectFactory(clear).nextObject();
    BcPGPObjectFactory inner = new BcPGPObjectFactory(compressed.getDataStream());
    PGPOnePassSignature onePass = ((PGPOnePassSignatureList) inner.nextObject()).get(0);
    PGPLiteralData literal = (PGPLiteralData) inner.nextObject();
    byte[] content = literal.getDataStream().readAllBytes();
    PGPSignature signature = ((PGPSignatureList) inner.nextObject()).get(0);
    onePass.init(new BcPGPContentVerifierBuilderProvider(), SERVER.publicKey());
    onePass.update(content);
    boolean signed = onePass.verify(signature);
    assertTrue(encrypted.verify(), "the integrity check holds");
    return new Opened(content, literal.getFileName(), signature, signed);
  }

  private static boolean verify(byte[] content, PGPSignature signature) throws Exception {
    signature.init(new BcPGPContentVerifierBuilderProvider(), SERVER.publicKey());
    signature.update(content);
    return signature.verify();
  }

  private static byte[] seed(int fill) {
    byte[] seed = new byte[32];
    Arrays.fill(seed, (byte) fill);
    return seed;
  }
}
