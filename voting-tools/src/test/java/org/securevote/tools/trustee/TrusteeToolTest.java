package org.securevote.tools.trustee;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SealedShare;
import org.securevote.tools.crypto.ShareTransport;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;
import org.securevote.tools.format.ShareFile;

/**
 * A 2-of-3 key ceremony and tally through the tool's commands, run in-process in temporary
 * directories: once in full, and then with one thing at a time wrong.
 */
class TrusteeToolTest {
  private static final String ELECTION = "3f9c2a7e5b1d4c6a8e0f2b4d6a8c0e1f";
  private static final String ANOTHER_ELECTION = "0123456789abcdef0123456789abcdef";
  private static final List<String> CANDIDATES = List.of("Ada", "Grace", "Edsger");

  /** Who the ballots chose: Ada 3, Grace 1, Edsger 0. */
  private static final int[] CHOICES = {0, 1, 0, 0};

  @TempDir static Path root;
  private static Path publics;
  private static Path shares;
  private static Path fresh;
  private static Path ballots;
  private static ElectionKey electionKey;
  private static String fingerprint;

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
    List<String> fingerprints = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      fingerprints.add(fingerprintSeenBy(key(i), publics));
    }
    fingerprint = fingerprints.get(0);
    assertEquals(List.of(fingerprint, fingerprint, fingerprint), fingerprints);
    assertFalse(Files.exists(shares), "no shares before the fingerprint is confirmed");
    for (int i = 1; i <= 3; i++) {
      shares(key(i), publics, shares, fingerprint).ok();
    }
    List<String> printed = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String out = receive(key(i), publics, shares, fingerprint).ok().out();
      printed.add(out.lines().findFirst().orElseThrow());
    }
    electionKey =
        PublicFiles.load(publics, Ceremony.read(root.resolve("ceremony-1.json"))).electionKey();
    String expected = "election public key: " + Group.pointHex(electionKey.publicKey());
    assertEquals(List.of(expected, expected, expected), printed);
    ballots = root.resolve("ballots.json");
    write(ballots, ballotsFile(ELECTION, electionKey.publicKey(), fingerprint, ballots(CHOICES)));
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

    combined.assertRefused(
        "trustee: decrypting takes 2 trustees; only 1 sent partial decryptions\n");
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
            "--ballots",
            ballots.toString(),
            "--out",
            dir.resolve("p.json").toString(),
            "--passphrase-env",
            "P");

    run.assertRefused("trustee: wrong passphrase, or the key file was changed\n");
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
            "--ballots",
            ballots.toString(),
            "--out",
            dir.resolve("p.json").toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR);

    run.assertRefused("trustee: wrong passphrase, or the key file was changed\n");
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

    run.assertRefused("trustee: " + file + ": trustee 2's commitment proofs fail\n");
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aPublicFileOfAnotherElectionIsRefused() throws IOException {
    Path changed = copyOf(publics, "publics");
    Path file = changed.resolve(PublicFile.name(3));
    write(
        file,
        Json.createObjectBuilder(JsonFiles.read(file).object())
            .add("electionId", ANOTHER_ELECTION)
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

    run.assertRefused(
        "trustee: "
            + file
            + ": for election \""
            + ANOTHER_ELECTION
            + "\", not \""
            + ELECTION
            + "\"\n");
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

    ToolRun run = receive(keyFile, publics, changed, fingerprint);

    run.assertRefused(
        "trustee: "
            + file
            + ": the share from trustee 2 does not open"
            + " (the sealed share was changed or is not for this key)\n");
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

    ToolRun run =
        receive(copyOf(fresh, "keys").resolve(KeyFile.name(1)), publics, changed, fingerprint);

    run.assertRefused("trustee: the share from trustee 3 does not match its commitments\n");
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

    combined.assertRefused("trustee: trustee 3's partial decryption of Grace fails its proof\n");
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
  void ballotsOfAnotherElectionAreNotDecrypted() throws IOException {
    Path other = dir.resolve("ballots.json");
    write(
        other,
        ballotsFile(ANOTHER_ELECTION, electionKey.publicKey(), fingerprint, ballots(CHOICES)));

    ToolRun run =
        ToolRun.of(
            "decrypt",
            "--key",
            key(1).toString(),
            "--ballots",
            other.toString(),
            "--out",
            dir.resolve("p.json").toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR);

    run.assertRefused(
        "trustee: "
            + other
            + ": for election \""
            + ANOTHER_ELECTION
            + "\", not \""
            + ELECTION
            + "\"\n");
  }

  @Test
  void aCeremonyWithAnElectionIdNotOf32HexDigitsIsRefused() throws IOException {
    Path ceremony = dir.resolve("ceremony.json");
    write(
        ceremony,
        Json.createObjectBuilder()
            .add("electionId", "board-2026")
            .add("trustees", 3)
            .add("threshold", 2)
            .add("trustee", 1)
            .build());

    ToolRun run =
        ToolRun.of(
            "keygen",
            "--ceremony",
            ceremony.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR);

    run.assertRefused("trustee: " + ceremony + ": \"electionId\" is not 32 lowercase hex digits\n");
    assertFalse(Files.exists(dir.resolve("out")));
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
            "--ballots",
            ballots.toString(),
            "--out",
            dir.resolve("p.json").toString());

    run.assertRefused(
        "trustee: no console to read the passphrase from;"
            + " name an environment variable with --passphrase-env\n");
  }

  @Test
  void aServerInTheMiddleIsCaughtByTheFingerprint() throws IOException {
    // The server hands trustee 1 a trustee-2 public file of its own making: every proof in it
    // holds.
    Path server = dir.resolve("server");
    ToolRun.of(
            "keygen",
            "--ceremony",
            root.resolve("ceremony-2.json").toString(),
            "--out",
            server.toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR)
        .ok();
    Path given = copyOf(publics, "given");
    Files.copy(
        server.resolve(PublicFile.name(2)),
        given.resolve(PublicFile.name(2)),
        StandardCopyOption.REPLACE_EXISTING);
    Path keyFile = copyOf(fresh, "keys").resolve(KeyFile.name(1));
    byte[] before = Files.readAllBytes(keyFile);

    String seen = fingerprintSeenBy(keyFile, given);
    ToolRun sharesRun = shares(keyFile, given, dir.resolve("out"), fingerprint);
    ToolRun receiveRun = receive(keyFile, given, shares, fingerprint);

    assertNotEquals(fingerprint, seen);
    sharesRun.assertRefused(
        "trustee: these public files give the ceremony fingerprint "
            + seen
            + ", not the one you confirmed: a public file differs from the one the other trustees"
            + " hold; no shares were written\n");
    assertFalse(Files.exists(dir.resolve("out")));
    assertEquals(1, receiveRun.exit());
    assertTrue(
        receiveRun.err().endsWith("; no share was received; the key file is unchanged\n"),
        receiveRun.err());
    assertArrayEquals(before, Files.readAllBytes(keyFile));
  }

  @Test
  void theFingerprintMayBeTypedInAnyCaseAndGrouping() {
    CeremonyFingerprint printed = CeremonyFingerprint.parse(fingerprint);

    assertEquals(printed, CeremonyFingerprint.parse(fingerprint.toUpperCase().replace(' ', '-')));
    assertEquals(printed, CeremonyFingerprint.parse(fingerprint.replace(" ", "")));
    assertEquals(
        2,
        ToolRun.of(
                "combine",
                "--publics",
                publics.toString(),
                "--ballots",
                ballots.toString(),
                "--partials",
                dir.toString(),
                "--fingerprint",
                fingerprint.substring(0, 39))
            .exit(),
        "half a fingerprint is not understood");
  }

  @Test
  void combineWithoutTheFingerprintPrintsItAndCountsNothing() {
    ToolRun run =
        ToolRun.of(
            "combine",
            "--publics",
            publics.toString(),
            "--ballots",
            ballots.toString(),
            "--partials",
            dir.toString());

    run.assertRefused(
        "trustee: nothing was counted: the ceremony fingerprint is not confirmed yet\n");
    assertEquals(
        "ceremony fingerprint: " + fingerprint, run.out().lines().findFirst().orElseThrow());
  }

  @Test
  void aLoneCiphertextWithoutProofsIsNotDecrypted() throws IOException {
    JsonObject voter = BallotJson.toJson(ballots(1).get(0));
    JsonObject lone =
        Json.createObjectBuilder().add("selections", voter.getJsonArray("selections")).build();
    Path file = dir.resolve("ballots.json");
    write(
        file,
        ballotsFile(
            ELECTION,
            electionKey.publicKey(),
            fingerprint,
            Json.createArrayBuilder().add(BallotJson.toJson(ballots(0).get(0))).add(lone)));

    ToolRun run = decrypt(1, file, dir.resolve("p.json"));

    run.assertRefused("trustee: " + file + " ballots[1]: \"zeroOrOne\" is missing\n");
    assertFalse(Files.exists(dir.resolve("p.json")));
  }

  @Test
  void aBallotWithProofsOfAnotherIsNotDecrypted() throws IOException {
    List<EncryptedBallot> made = ballots(0, 1, 2);
    EncryptedBallot mixed =
        new EncryptedBallot(
            made.get(1).selections(), made.get(2).zeroOrOne(), made.get(2).sumIsOne());
    Path file = dir.resolve("ballots.json");
    write(
        file,
        ballotsFile(
            ELECTION,
            electionKey.publicKey(),
            fingerprint,
            List.of(made.get(0), mixed, made.get(2))));

    ToolRun run = decrypt(1, file, dir.resolve("p.json"));

    assertEquals(1, run.exit());
    assertTrue(
        run.err().startsWith("trustee: " + file + ": ballots[1] is refused, so is the file: "),
        run.err());
    assertFalse(Files.exists(dir.resolve("p.json")));
  }

  @Test
  void oneVotersBallotPassedOffAsATotalIsNotDecrypted() throws IOException {
    EncryptedBallot voter = ballots(2).get(0);
    // As before: "totals" that are really one voter's ciphertexts.
    JsonArrayBuilder totals = Json.createArrayBuilder();
    for (int c = 0; c < CANDIDATES.size(); c++) {
      Ciphertext ct = voter.selections().get(c);
      totals.add(
          Json.createObjectBuilder()
              .add("candidate", CANDIDATES.get(c))
              .add("a", Group.pointHex(ct.a()))
              .add("b", Group.pointHex(ct.b())));
    }
    Path asTotals = dir.resolve("totals.json");
    write(
        asTotals,
        Json.createObjectBuilder().add("electionId", ELECTION).add("totals", totals).build());
    // Or that ballot many times among few others, so that the sums give its choice away.
    List<EncryptedBallot> others = ballots(0, 1);
    Path repeated = dir.resolve("ballots.json");
    write(
        repeated,
        ballotsFile(
            ELECTION,
            electionKey.publicKey(),
            fingerprint,
            List.of(voter, others.get(0), voter, others.get(1), voter)));

    ToolRun totalsRun = decrypt(1, asTotals, dir.resolve("p.json"));
    ToolRun repeatedRun = decrypt(1, repeated, dir.resolve("p.json"));

    totalsRun.assertRefused("trustee: " + asTotals + ": \"candidates\" is missing\n");
    repeatedRun.assertRefused(
        "trustee: "
            + repeated
            + ": ballots[2] repeats a ciphertext of ballots[0], so the file is refused\n");
    assertFalse(Files.exists(dir.resolve("p.json")));
  }

  @Test
  void aRecordOfAnotherKeyOrCeremonyIsNotDecrypted() throws IOException {
    Path otherKey = dir.resolve("other-key.json");
    write(otherKey, ballotsFile(ELECTION, Group.G, fingerprint, ballots(CHOICES)));
    Path otherCeremony = dir.resolve("other-ceremony.json");
    String zeros = "0000" + " 0000".repeat(15);
    write(otherCeremony, ballotsFile(ELECTION, electionKey.publicKey(), zeros, ballots(CHOICES)));

    ToolRun keyRun = decrypt(1, otherKey, dir.resolve("p.json"));
    ToolRun ceremonyRun = decrypt(1, otherCeremony, dir.resolve("p.json"));

    keyRun.assertRefused(
        "trustee: "
            + otherKey
            + ": for the election key "
            + Group.pointHex(Group.G)
            + ", not the ceremony's "
            + Group.pointHex(electionKey.publicKey())
            + "\n");
    ceremonyRun.assertRefused(
        "trustee: "
            + otherCeremony
            + ": for the ceremony with fingerprint "
            + zeros
            + ", not the confirmed "
            + fingerprint
            + "\n");
    assertFalse(Files.exists(dir.resolve("p.json")));
  }

  @Test
  void noBallotsCountZeroAndNothingIsDecrypted() throws IOException {
    Path none = dir.resolve("ballots.json");
    write(none, ballotsFile(ELECTION, electionKey.publicKey(), fingerprint, List.of()));

    ToolRun decrypted = decrypt(1, none, dir.resolve("p.json"));
    ToolRun combined = combine(dir.resolve("no-partials"), none);

    assertEquals(0, decrypted.exit(), decrypted.err());
    assertTrue(decrypted.out().contains("holds no ballots: every count is 0"), decrypted.out());
    assertFalse(Files.exists(dir.resolve("p.json")));
    assertEquals(0, combined.exit(), combined.err());
    assertEquals(
        List.of("Ada: 0", "Grace: 0", "Edsger: 0", "no ballots: nothing was decrypted"),
        combined.out().lines().toList());
  }

  private static Path key(int trustee) {
    return root.resolve("trustee-" + trustee).resolve(KeyFile.name(trustee));
  }

  private Path decrypt(int trustee, Path partials) {
    Path out = partials.resolve("partial-" + trustee + ".json");
    decrypt(trustee, ballots, out).ok();
    return out;
  }

  private static ToolRun decrypt(int trustee, Path ballotsFile, Path out) {
    return ToolRun.of(
        "decrypt",
        "--key",
        key(trustee).toString(),
        "--ballots",
        ballotsFile.toString(),
        "--out",
        out.toString(),
        "--passphrase-env",
        ToolRun.PASSPHRASE_VAR);
  }

  private static ToolRun combine(Path partials) {
    return combine(partials, ballots);
  }

  private static ToolRun combine(Path partials, Path ballotsFile) {
    return ToolRun.of(
        "combine",
        "--publics",
        publics.toString(),
        "--ballots",
        ballotsFile.toString(),
        "--partials",
        partials.toString(),
        "--fingerprint",
        fingerprint);
  }

  private static ToolRun shares(Path keyFile, Path publicsDir, Path out, String confirmed) {
    return ToolRun.of(
        "shares",
        "--key",
        keyFile.toString(),
        "--publics",
        publicsDir.toString(),
        "--out",
        out.toString(),
        "--fingerprint",
        confirmed,
        "--passphrase-env",
        ToolRun.PASSPHRASE_VAR);
  }

  private static ToolRun receive(Path keyFile, Path publicsDir, Path shareDir, String confirmed) {
    return ToolRun.of(
        "receive",
        "--key",
        keyFile.toString(),
        "--publics",
        publicsDir.toString(),
        "--shares",
        shareDir.toString(),
        "--fingerprint",
        confirmed,
        "--passphrase-env",
        ToolRun.PASSPHRASE_VAR);
  }

  /** What `shares` without --fingerprint prints for this trustee to compare; it writes nothing. */
  private static String fingerprintSeenBy(Path keyFile, Path publicsDir) {
    Path out = keyFile.resolveSibling("never-written");
    ToolRun run =
        ToolRun.of(
            "shares",
            "--key",
            keyFile.toString(),
            "--publics",
            publicsDir.toString(),
            "--out",
            out.toString(),
            "--passphrase-env",
            ToolRun.PASSPHRASE_VAR);
    run.assertRefused(
        "trustee: no shares were written: the ceremony fingerprint is not confirmed yet\n");
    assertFalse(Files.exists(out));
    String line = run.out().lines().findFirst().orElseThrow();
    assertTrue(line.matches("ceremony fingerprint: [0-9a-f]{4}( [0-9a-f]{4}){15}"), line);
    assertTrue(run.out().contains("out of band"), run.out());
    return line.substring("ceremony fingerprint: ".length());
  }

  /** One real ballot per choice, encrypted to the ceremony's key as a voter's browser would. */
  private static List<EncryptedBallot> ballots(int... choices) {
    SecureRandom random = new SecureRandom();
    List<EncryptedBallot> made = new ArrayList<>();
    for (int choice : choices) {
      made.add(
          EncryptedBallot.encrypt(
                  ELECTION, electionKey.publicKey(), CANDIDATES.size(), choice, random)
              .ballot());
    }
    return made;
  }

  private static JsonObject ballotsFile(
      String electionId, ECPoint publicKey, String fingerprint, List<EncryptedBallot> ballots) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    ballots.forEach(b -> array.add(BallotJson.toJson(b)));
    return ballotsFile(electionId, publicKey, fingerprint, array);
  }

  private static JsonObject ballotsFile(
      String electionId, ECPoint publicKey, String fingerprint, JsonArrayBuilder ballots) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    CANDIDATES.forEach(names::add);
    return Json.createObjectBuilder()
        .add("electionId", electionId)
        .add("publicKey", Group.pointHex(publicKey))
        .add("fingerprint", fingerprint.replace(" ", ""))
        .add("minChoices", 1)
        .add("maxChoices", 1)
        .add("candidates", names)
        .add("ballots", ballots)
        .build();
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
