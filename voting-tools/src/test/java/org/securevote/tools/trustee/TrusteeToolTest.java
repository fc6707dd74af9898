package org.securevote.tools.trustee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ElGamal;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SealedShare;
import org.securevote.tools.crypto.ShareTransport;

/**
 * A 2-of-3 key ceremony and tally through the tool's commands, run in-process in temporary
 * directories: once in full, and then with one thing at a time wrong.
 */
class TrusteeToolTest {
  private static final String ELECTION = "b0a2d02026b0a2d02026b0a2d02026aa";
  private static final List<String> CANDIDATES = List.of("Ada", "Grace", "Edsger");

  /** Who the ballots chose: Ada 3, Grace 1, Edsger 0. */
  private static final int[] CHOICES = {0, 1, 0, 0};

  @TempDir static Path root;
  private static Path publics;
  private static Path shares;
  private static Path fresh;
  private static Path totals;
  private static ElectionKey electionKey;

  @TempDir Path dir;

  /** The ceremony every test starts from; `fresh` keeps the key files as keygen left them. */
  @BeforeAll
  static void ceremony() throws IOException {
    publics = root.resolve("publics");
    shares = root.resolve("shares");
    fresh = root.resolve("fresh");
    Files.createDirectories(fresh);
    for (int i = 1; i <= 3; i++) {
      Path ceremony = root.resolve("ceremony-" + i + ".json");
      write(
          ceremony,
          Json.createObjectBuilder()
              .add("electionId", ELECTION)
              .add("trustees", 3)
              .add("threshold", 2)
              .add("trustee", i)
              .build());
      Path own = root.resolve("trustee-" + i);
      ToolRun.of(
              "keygen",
              "--ceremony",
              ceremony.toString(),
              "--out",
              own.toString(),
              "--passphrase-env",
              ToolRun.PASSPHRASE_VAR)
          .ok();
      Files.createDirectories(publics);
      Files.copy(own.resolve(PublicFile.name(i)), publics.resolve(PublicFile.name(i)));
      Files.copy(own.resolve(KeyFile.name(i)), fresh.resolve(KeyFile.name(i)));
    }
    for (int i = 1; i <= 3; i++) {
      ToolRun.of(
              "shares",
              "--key",
              key(i).toString(),
              "--publics",
              publics.toString(),
              "--out",
              shares.toString(),
              "--passphrase-env",
              ToolRun.PASSPHRASE_VAR)
          .ok();
    }
    List<String> printed = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String out =
          ToolRun.of(
                  "receive",
                  "--key",
                  key(i).toString(),
                  "--publics",
                  publics.toString(),
                  "--shares",
                  shares.toString(),
                  "--passphrase-env",
                  ToolRun.PASSPHRASE_VAR)
              .ok()
              .out();
      printed.add(out.lines().findFirst().orElseThrow());
    }
    electionKey =
        PublicFiles.load(publics, Ceremony.read(root.resolve("ceremony-1.json"))).electionKey();
    String expected = "election public key: " + Group.pointHex(electionKey.publicKey());
    assertEquals(List.of(expected, expected, expected), printed);
    totals = root.resolve("totals.json");
    write(totals, totals(ELECTION));
  }

  @Test
  void twoOfThreeTrusteesDecryptTheCounts() throws IOException {
    Path partials = dir.resolve("partials");
    decrypt(1, partials);
    decrypt(3, partials);

    ToolRun combined = combine(partials);

    assertEquals(0, combined.exit(), combined.err());
    assertEquals(
        List.of("Ada: 3", "Grace: 1", "Edsger: 0", "decrypted by trustees [1, 3]"),
        combined.out().lines().toList());
  }

  @Test
  void oneTrusteeAloneDecryptsNothing() throws IOException {
    Path partials = dir.resolve("partials");
    decrypt(2, partials);

    ToolRun combined = combine(partials);

    assertEquals(1, combined.exit());
    assertEquals(
        "trustee: decrypting takes 2 trustees; only 1 sent partial decryptions\n", combined.err());
    assertEquals("", combined.out());
  }

  @Test
  void aWrongPassphraseIsRefusedCleanly() {
    ToolRun run =
        ToolRun.with(
            Map.of("P", "not the passphrase"),
            "decrypt",
            "--key",
            key(1).toString(),
            "--totals",
            totals.toString(),
            "--out",
            dir.resolve("p.json").toString(),
            "--passphrase-env",
            "P");

    assertEquals(1, run.exit());
    assertEquals("trustee: wrong passphrase, or the key file was changed\n", run.err());
    assertFalse(Files.exists(dir.resolve("p.json")));
  }

  @Test
  void aKeyFileMovedToAnotherTrusteeIsRefused() throws IOException {
    Path moved = dir.resolve("trustee-2.key");
    Files.writeString(moved, Files.readString(key(1)).replace("\"trustee\": 1", "\"trustee\": 2"));

    ToolRun run =
        ToolRun.of(
            "decrypt",
            "--key",
            moved.toString(),
            "--totals",
            totals.toString(),
            "--out",
            dir.resolve("p.json").toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR);

    assertEquals(1, run.exit());
    assertEquals("trustee: wrong passphrase, or the key file was changed\n", run.err());
  }

  @Test
  void aTamperedPublicFileIsRefusedNamingIt() throws IOException {
    Path changed = copyOf(publics, "publics");
    Path file = changed.resolve(PublicFile.name(2));
    JsonObject original = JsonFiles.read(file).object();
    JsonObject commitment = original.getJsonArray("commitments").getJsonObject(1);
    JsonObject other =
        Json.createObjectBuilder(commitment).add("point", Group.pointHex(Group.G)).build();
    write(
        file,
        Json.createObjectBuilder(original)
            .add(
                "commitments",
                Json.createArrayBuilder(original.getJsonArray("commitments")).set(1, other))
            .build());

    ToolRun run =
        ToolRun.of(
            "shares",
            "--key",
            fresh.resolve(KeyFile.name(1)).toString(),
            "--publics",
            changed.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR);

    assertEquals(1, run.exit());
    assertEquals("trustee: " + file + ": trustee 2's commitment proofs fail\n", run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aPublicFileOfAnotherElectionIsRefused() throws IOException {
    Path changed = copyOf(publics, "publics");
    Path file = changed.resolve(PublicFile.name(3));
    write(
        file,
        Json.createObjectBuilder(JsonFiles.read(file).object())
            .add("electionId", "another")
            .build());

    ToolRun run =
        ToolRun.of(
            "receive",
            "--key",
            copyOf(fresh, "keys").resolve(KeyFile.name(1)).toString(),
            "--publics",
            changed.toString(),
            "--shares",
            shares.toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR);

    assertEquals(1, run.exit());
    assertEquals(
        "trustee: " + file + ": for election \"another\", not \"" + ELECTION + "\"\n", run.err());
  }

  @Test
  void aTamperedShareIsRefusedNamingItsSender() throws IOException {
    Path changed = copyOf(shares, "shares");
    Path file = changed.resolve(ShareFile.name(2, 1));
    JsonObject original = JsonFiles.read(file).object();
    String ciphertext = original.getString("ciphertext");
    String flipped = (ciphertext.charAt(0) == '0' ? "1" : "0") + ciphertext.substring(1);
    write(file, Json.createObjectBuilder(original).add("ciphertext", flipped).build());
    Path keyFile = copyOf(fresh, "keys").resolve(KeyFile.name(1));
    byte[] before = Files.readAllBytes(keyFile);

    ToolRun run = receive(keyFile, changed);

    assertEquals(1, run.exit());
    assertEquals(
        "trustee: "
            + file
            + ": the share from trustee 2 does not open"
            + " (the sealed share was changed or is not for this key)\n",
        run.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(keyFile)), "key file unchanged");
  }

  @Test
  void aShareThatBreaksItsSendersCommitmentsIsRefusedNamingTheSender() throws IOException {
    Path changed = copyOf(shares, "shares");
    Path file = changed.resolve(ShareFile.name(3, 1));
    PublicFile receiver = PublicFile.fromJson(JsonFiles.read(publics.resolve(PublicFile.name(1))));
    SealedShare wrong =
        ShareTransport.seal(
            ELECTION, 3, receiver.key(), BigInteger.valueOf(12345), new SecureRandom());
    write(file, ShareFile.toJson(ELECTION, wrong));

    ToolRun run = receive(copyOf(fresh, "keys").resolve(KeyFile.name(1)), changed);

    assertEquals(1, run.exit());
    assertEquals("trustee: the share from trustee 3 does not match its commitments\n", run.err());
  }

  @Test
  void aTamperedPartialDecryptionIsRefusedNamingTheTrustee() throws IOException {
    Path partials = dir.resolve("partials");
    decrypt(1, partials);
    Path file = decrypt(3, partials);
    JsonObject original = JsonFiles.read(file).object();
    JsonArrayBuilder changed = Json.createArrayBuilder(original.getJsonArray("partials"));
    changed.set(
        1,
        Json.createObjectBuilder(original.getJsonArray("partials").getJsonObject(1))
            .add("share", Group.pointHex(Group.G)));
    write(file, Json.createObjectBuilder(original).add("partials", changed).build());

    ToolRun combined = combine(partials);

    assertEquals(1, combined.exit());
    assertEquals(
        "trustee: trustee 3's partial decryption of Grace fails its proof\n", combined.err());
    assertEquals("", combined.out());
  }

  @Test
  void theKeyFileHoldsNoSecretInClear() throws IOException {
    byte[] file = Files.readAllBytes(key(2));
    KeySecrets secrets = KeyFile.read(key(2), ToolRun.PASSPHRASE.toCharArray());
    List<BigInteger> scalars = new ArrayList<>(secrets.polynomial().coefficients());
    scalars.add(secrets.trusteeKey());
    scalars.add(secrets.share().orElseThrow());
    String text = new String(file, StandardCharsets.ISO_8859_1);

    for (BigInteger secret : scalars) {
      byte[] bytes = Group.encodeScalar(secret);
      String hex = Hex.toHexString(bytes);
      assertFalse(text.contains(hex), "hex of a secret in the key file");
      assertFalse(text.contains(hex.toUpperCase()), "upper-case hex of a secret in the key file");
      assertFalse(text.contains(secret.toString()), "decimal of a secret in the key file");
      assertFalse(
          text.contains(new String(bytes, StandardCharsets.ISO_8859_1)),
          "bytes of a secret in the key file");
    }
    assertFalse(text.contains(ToolRun.PASSPHRASE));
    if (key(2).getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key(2))));
    }
  }

  @Test
  void keygenNeverOverwritesAKey() throws IOException {
    Path own = copyOf(root.resolve("trustee-1"), "own");
    byte[] before = Files.readAllBytes(own.resolve(KeyFile.name(1)));

    ToolRun run =
        ToolRun.of(
            "keygen",
            "--ceremony",
            root.resolve("ceremony-1.json").toString(),
            "--out",
            own.toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR);

    assertEquals(1, run.exit());
    assertTrue(run.err().endsWith(": already exists; it is not overwritten\n"), run.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(own.resolve(KeyFile.name(1)))));
  }

  @Test
  void totalsOfAnotherElectionAreNotDecrypted() throws IOException {
    Path other = dir.resolve("totals.json");
    write(other, totals("another"));

    ToolRun run =
        ToolRun.of(
            "decrypt",
            "--key",
            key(1).toString(),
            "--totals",
            other.toString(),
            "--out",
            dir.resolve("p.json").toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR);

    assertEquals(1, run.exit());
    assertEquals(
        "trustee: " + other + ": for election \"another\", not \"" + ELECTION + "\"\n", run.err());
  }

  @Test
  void commandLinesItDoesNotUnderstandExitWithTwo() {
    assertEquals(2, ToolRun.of().exit());
    assertEquals(2, ToolRun.of("tally").exit());
    ToolRun missing = ToolRun.of("decrypt", "--key", key(1).toString());
    assertEquals(2, missing.exit());
    assertEquals(1, missing.err().lines().count());
    assertTrue(missing.err().startsWith("trustee: missing --"), missing.err());
    assertEquals(2, ToolRun.of("keygen", "--passphrase", "secret").exit());
    assertEquals(0, ToolRun.of("--help").exit());
  }

  @Test
  void withoutConsoleOrVariableThereIsNoPassphrase() {
    ToolRun run =
        ToolRun.with(
            Map.of(),
            "decrypt",
            "--key",
            key(1).toString(),
            "--totals",
            totals.toString(),
            "--out",
            dir.resolve("p.json").toString());

    assertEquals(1, run.exit());
    assertEquals(
        "trustee: no console to read the passphrase from;"
            + " name an environment variable with --passphrase-env\n",
        run.err());
  }

  private static Path key(int trustee) {
    return root.resolve("trustee-" + trustee).resolve(KeyFile.name(trustee));
  }

  private Path decrypt(int trustee, Path partials) {
    Path out = partials.resolve("partial-" + trustee + ".json");
    ToolRun.of(
            "decrypt",
            "--key",
            key(trustee).toString(),
            "--totals",
            totals.toString(),
            "--out",
            out.toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR)
        .ok();
    return out;
  }

  private static ToolRun combine(Path partials) {
    return ToolRun.of(
        "combine",
        "--publics",
        publics.toString(),
        "--totals",
        totals.toString(),
        "--partials",
        partials.toString(),
        "--max",
        "10");
  }

  private static ToolRun receive(Path keyFile, Path shareDir) {
    return ToolRun.of(
        "receive",
        "--key",
        keyFile.toString(),
        "--publics",
        publics.toString(),
        "--shares",
        shareDir.toString(),
        "--passphrase-env",
        ToolRun.PASSPHRASE_VAR);
  }

  /** Each candidate's total of the ballots in CHOICES, encrypted to the ceremony's key. */
  private static JsonObject totals(String electionId) {
    SecureRandom random = new SecureRandom();
    List<Ciphertext> sums = new ArrayList<>();
    CANDIDATES.forEach(c -> sums.add(Ciphertext.ZERO));
    for (int choice : CHOICES) {
      for (int c = 0; c < CANDIDATES.size(); c++) {
        sums.set(
            c,
            sums.get(c).add(ElGamal.encrypt(electionKey.publicKey(), c == choice ? 1 : 0, random)));
      }
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (int c = 0; c < CANDIDATES.size(); c++) {
      array.add(
          Json.createObjectBuilder()
              .add("candidate", CANDIDATES.get(c))
              .add("a", Group.pointHex(sums.get(c).a()))
              .add("b", Group.pointHex(sums.get(c).b())));
    }
    return Json.createObjectBuilder().add("electionId", electionId).add("totals", array).build();
  }

  private Path copyOf(Path from, String name) throws IOException {
    Path to = dir.resolve(name);
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return to;
  }

  private static void write(Path file, JsonObject object) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, JsonFiles.text(object));
  }
}
