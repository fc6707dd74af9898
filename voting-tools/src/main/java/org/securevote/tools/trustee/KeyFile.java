package org.securevote.tools.trustee;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Hex;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.Fields;
import org.securevote.tools.format.JsonFiles;

/**
 * trustee-i.key: the trustee's secrets sealed with its passphrase. PBKDF2-HMAC-SHA256 (600,000
 * iterations, 16-byte random salt) gives an AES-256-GCM key; the election id and the trustee's
 * index are the associated data, so a key file cannot be passed off as another trustee's or
 * election's. A fresh salt and nonce on every write.
 */
final class KeyFile {
  static final String FORMAT = "securevote/trustee-key/v1";
  static final String KDF = "PBKDF2-HMAC-SHA256";
  static final int ITERATIONS = 600_000;

  /** Above this a changed file could make opening it take hours. */
  private static final int MOST_ITERATIONS = 10_000_000;

  private static final String ASSOCIATED_TAG = "securevote/v1/trustee-key-file";
  private static final int SALT_BYTES = 16;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private KeyFile() {}

  static String name(int trustee) {
    return "trustee-" + trustee + ".key";
  }

  static void write(
      Path file, KeySecrets secrets, char[] passphrase, SecureRandom random, boolean replace) {
    JsonFiles.write(file, seal(secrets, passphrase, random), JsonFiles.Access.OWNER_ONLY, replace);
  }

  static KeySecrets read(Path file, char[] passphrase) {
    return open(JsonFiles.read(file), passphrase);
  }

  static JsonObject seal(KeySecrets secrets, char[] passphrase, SecureRandom random) {
    Ceremony c = secrets.ceremony();
    byte[] salt = new byte[SALT_BYTES];
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(salt);
    random.nextBytes(nonce);
    byte[] plain = JsonFiles.text(secrets.toJson()).getBytes(StandardCharsets.UTF_8);
    byte[] sealed;
    try {
      sealed =
          aes(
              Cipher.ENCRYPT_MODE,
              passphrase,
              salt,
              ITERATIONS,
              nonce,
              associatedData(c.electionId(), c.trustee()),
              plain);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("electionId", c.electionId())
        .add("trustee", c.trustee())
        .add(
            "kdf",
            Json.createObjectBuilder()
                .add("algorithm", KDF)
                .add("iterations", ITERATIONS)
                .add("salt", Hex.toHexString(salt)))
        .add("cipher", "AES-256-GCM")
        .add("nonce", Hex.toHexString(nonce))
        .add("sealed", Hex.toHexString(sealed))
        .build();
  }

  static KeySecrets open(Fields f, char[] passphrase) {
    f.requireFormat(FORMAT);
    String electionId = f.text("electionId");
    int trustee = f.integer("trustee");
    Fields kdf = f.object("kdf");
    if (!KDF.equals(kdf.text("algorithm")) || !"AES-256-GCM".equals(f.text("cipher"))) {
      throw new ToolFailure(
          f.source() + ": sealed with something other than " + KDF + " and AES-256-GCM");
    }
    int iterations = kdf.integer("iterations");
    if (iterations < ITERATIONS || iterations > MOST_ITERATIONS) {
      throw kdf.refuse("iterations", "lies in " + ITERATIONS + ".." + MOST_ITERATIONS);
    }
    byte[] salt = kdf.bytes("salt");
    byte[] nonce = f.bytes("nonce");
    if (salt.length != SALT_BYTES || nonce.length != NONCE_BYTES) {
      throw new ToolFailure(f.source() + ": the salt or nonce has the wrong length");
    }
    // The header's own election and trustee are the associated data: change either and it fails.
    byte[] plain =
        aes(
            Cipher.DECRYPT_MODE,
            passphrase,
            salt,
            iterations,
            nonce,
            associatedData(electionId, trustee),
            f.bytes("sealed"));
    try {
      JsonObject secrets =
          Json.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8)))
              .readObject();
      return KeySecrets.fromJson(
          new Fields(secrets, f.source() + " (sealed part)"), electionId, trustee);
    } catch (JsonException e) {
      throw new ToolFailure(f.source() + ": the sealed part is not JSON");
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  private static byte[] aes(
      int mode,
      char[] passphrase,
      byte[] salt,
      int iterations,
      byte[] nonce,
      byte[] associated,
      byte[] input) {
    byte[] key = derive(passphrase, salt, iterations);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associated);
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new ToolFailure("wrong passphrase, or the key file was changed");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is part of every Java platform", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java platform", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** The transcript encoding: text tag, text election id, integer trustee. */
  static byte[] associatedData(String electionId, int trustee) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (String text : new String[] {ASSOCIATED_TAG, electionId}) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      }
      out.writeInt(4);
      out.writeInt(trustee);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory", e);
    }
    return bytes.toByteArray();
  }
}
