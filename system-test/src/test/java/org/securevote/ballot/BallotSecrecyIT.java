package org.securevote.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.Receipt;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.it.Callers;
import org.securevote.it.Ceremonies;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ElGamal;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.JsonFiles;
import org.securevote.trustee.control.PublishedKeys;

/**
 * What a stored ballot is: the voter's encrypted ballot, checked, with a receipt the server's key
 * signed; and what it is not: something any key of the server, or anything in its database, opens.
 */
@ExtendWith(ArquillianExtension.class)
class BallotSecrecyIT {
  private static final Pattern HEX64 = Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("ballot-secrecy-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsVoter1 voter1;
  @Inject Callers.AsVoter2 voter2;
  @Inject Callers.AsVoter3 voter3;
  @Inject ElectionAdministration elections;
  @Inject BallotBox ballotBox;
  @Inject PublishedKeys keys;
  @Inject Ceremonies ceremonies;
  @Inject Fixtures fixtures;

  @Test
  void theReceiptIsTheSigningKeysSignatureOverElectionTrackerAndWhoEncrypted() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    String ballot = fixtures.ballotFor(id.value(), candidate(id, 0));

    Receipt receipt = voter1.call(() -> ballotBox.cast(id, ballot));

    // The receipt key is the public key of VOTING_SIGNING_KEY, the seed the server runs with.
    byte[] seed = Base64.getDecoder().decode(System.getenv("VOTING_SIGNING_KEY").strip());
    byte[] published = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
    assertEquals(HexFormat.of().formatHex(published), receipt.receiptKey());
    assertTrue(verifies(receipt, id.value(), receipt.tracker(), "voter"));
    assertFalse(verifies(receipt, id.value(), receipt.tracker(), "server"));
    assertFalse(verifies(receipt, other(id.value()), receipt.tracker(), "voter"));
    // The tracker is the ballot's own digest, and the store holds exactly what was receipted.
    assertEquals(tracker(id.value(), ballot), receipt.tracker());
    Object[] row =
        fixtures
            .rows(
                "select tracker, short_tracker, receipt, encrypted_by, content from ballot"
                    + " where election_id = ?1",
                id.value())
            .get(0);
    assertEquals(receipt.tracker(), row[0]);
    assertEquals(receipt.shortTracker(), row[1]);
    assertEquals(receipt.signature(), row[2]);
    assertEquals("voter", row[3]);
    assertEquals(
        BallotJson.fromJson(JsonFiles.parse(ballot, "sent")),
        BallotJson.fromJson(JsonFiles.parse((String) row[4], "stored")));
  }

  @Test
  void withoutJavaScriptTheServerEncryptsAValidBallotAndSaysSo() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");

    Receipt receipt =
        voter1.call(() -> ballotBox.castChoice(id, java.util.List.of(candidate(id, 1))));

    assertEquals("server", receipt.encryptedBy());
    assertTrue(verifies(receipt, id.value(), receipt.tracker(), "server"));
    String content =
        (String)
            fixtures.rows("select content from ballot where election_id = ?1", id.value())
                .get(0)[0];
    EncryptedBallot stored = BallotJson.fromJson(JsonFiles.parse(content, "stored"));
    assertTrue(stored.verify(id.value(), key(id), 2).valid());
    assertEquals(tracker(id.value(), content), receipt.tracker());
  }

  /**
   * Everything the server has: every environment key it runs with and every value in the database
   * that could be a secret scalar. None of them is the election key's secret, none opens a ballot;
   * the one trustee's share (a 1-of-1 election) does. The k-of-n threshold both ways is the tally's
   * test.
   */
  @Test
  void noKeyOfTheServerAndNothingInTheDatabaseOpensABallot() throws Exception {
    Instant now = Instant.now();
    ElectionId id =
        admin.call(
            () ->
                elections.create(
                    new ElectionTerms(
                        "IT secrecy " + now,
                        "",
                        BallotType.SINGLE_CHOICE,
                        now.minus(Duration.ofMinutes(1)),
                        now.plus(Duration.ofHours(1)))));
    admin.run(() -> elections.addCandidate(id, "Ada", "", null));
    admin.run(() -> elections.addCandidate(id, "Grace", "", null));
    fixtures.ensureTestVoters();
    for (String voter : Fixtures.VOTERS) {
      fixtures.enrol(id.value(), voter);
    }
    BigInteger share = ceremonies.complete(id.value(), 1, 1).get(0);
    admin.run(() -> elections.schedule(id));
    voter1.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidate(id, 0))));
    voter2.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidate(id, 1))));
    voter3.call(() -> ballotBox.castChoice(id, java.util.List.of(candidate(id, 1))));
    List<Ciphertext> ciphertexts = new ArrayList<>();
    for (Object[] row :
        fixtures.rows("select content from ballot where election_id = ?1", id.value())) {
      ciphertexts.addAll(
          BallotJson.fromJson(JsonFiles.parse((String) row[0], "stored")).selections());
    }
    assertEquals(6, ciphertexts.size());

    Set<BigInteger> candidates = new LinkedHashSet<>();
    for (String variable : List.of("VOTING_MASTER_KEY", "VOTING_SIGNING_KEY")) {
      candidates.addAll(scalarsFrom(Base64.getDecoder().decode(System.getenv(variable).strip())));
    }
    // Every 64-hex value anywhere in the election's rows, its trustees' and the ballots.
    for (String sql :
        List.of(
            "select row_to_json(e)::text from election e where id = ?1",
            "select row_to_json(t)::text from trustee t where election_id = ?1",
            "select row_to_json(b)::text from ballot b where election_id = ?1",
            "select row_to_json(c)::text from ballot_ciphertext c where election_id = ?1")) {
      for (Object[] row : fixtures.rows(sql, id.value())) {
        Matcher hex = HEX64.matcher((String) row[0]);
        while (hex.find()) {
          candidates.addAll(scalarsFrom(HexFormat.of().parseHex(hex.group())));
        }
      }
    }
    assertTrue(candidates.size() > 100, "scalars tried: " + candidates.size());

    ECPoint k = key(id);
    for (BigInteger x : candidates) {
      assertNotEquals(k, Group.G.multiply(x).normalize(), "a server value is the election secret");
      for (Ciphertext c : ciphertexts) {
        ECPoint m = ElGamal.decryptToPoint(x, c);
        assertFalse(m.isInfinity() || m.equals(Group.G), "a server value opens a ballot");
      }
    }
    // The trustee's share is the secret: it opens each ballot to 0 or 1.
    assertEquals(k, Group.G.multiply(share).normalize());
    long ones =
        ciphertexts.stream().filter(c -> ElGamal.decryptToPoint(share, c).equals(Group.G)).count();
    assertEquals(3, ones);
  }

  /** Scalars a server holding these bytes could make of them: as they are, hashed, as Ed25519's. */
  private static List<BigInteger> scalarsFrom(byte[] bytes) throws Exception {
    List<BigInteger> scalars = new ArrayList<>();
    scalars.add(new BigInteger(1, bytes));
    scalars.add(new BigInteger(1, reversed(bytes)));
    scalars.add(new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(bytes)));
    byte[] h = MessageDigest.getInstance("SHA-512").digest(bytes);
    byte[] low = java.util.Arrays.copyOf(h, 32); // Ed25519's secret scalar, before clamping
    low[0] &= (byte) 248;
    low[31] &= 127;
    low[31] |= 64;
    scalars.add(new BigInteger(1, reversed(low)));
    scalars.add(new BigInteger(1, reversed(java.util.Arrays.copyOf(h, 32))));
    for (String purpose : List.of("one-time-code", "election-key", "ballot")) {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
      scalars.add(new BigInteger(1, mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8))));
    }
    return scalars.stream().map(s -> s.mod(Group.ORDER)).filter(s -> s.signum() > 0).toList();
  }

  private static byte[] reversed(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[bytes.length - 1 - i];
    }
    return out;
  }

  /** RFC 8032 Ed25519 over the record's receipt message, checked with Bouncy Castle directly. */
  private static boolean verifies(
      Receipt receipt, String electionId, String tracker, String encryptedBy) {
    ByteBuffer message = ByteBuffer.allocate(1024);
    for (String field : List.of("securevote/v1/receipt", electionId, tracker, encryptedBy)) {
      byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
      message.putInt(utf8.length).put(utf8);
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(
        false, new Ed25519PublicKeyParameters(HexFormat.of().parseHex(receipt.receiptKey()), 0));
    verifier.update(message.array(), 0, message.position());
    return verifier.verifySignature(HexFormat.of().parseHex(receipt.signature()));
  }

  /** record-spec.md's tracker, computed here from the protocol's encodings. */
  private static String tracker(String electionId, String ballotJson) throws Exception {
    EncryptedBallot b = BallotJson.fromJson(JsonFiles.parse(ballotJson, "ballot"));
    ByteBuffer t = ByteBuffer.allocate(8192);
    text(t, "securevote/v1/tracker");
    text(t, electionId);
    t.putInt(4).putInt(b.selections().size());
    for (int i = 0; i < b.selections().size(); i++) {
      field(t, Group.encodePoint(b.selections().get(i).a()));
      field(t, Group.encodePoint(b.selections().get(i).b()));
      field(t, Group.encodeScalar(b.zeroOrOne().get(i).c0()));
      field(t, Group.encodeScalar(b.zeroOrOne().get(i).c1()));
      field(t, Group.encodeScalar(b.zeroOrOne().get(i).v0()));
      field(t, Group.encodeScalar(b.zeroOrOne().get(i).v1()));
    }
    field(t, Group.encodeScalar(b.sumIsOne().challenge()));
    field(t, Group.encodeScalar(b.sumIsOne().response()));
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(t.array(), 0, t.position());
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void text(ByteBuffer t, String s) {
    field(t, s.getBytes(StandardCharsets.UTF_8));
  }

  private static void field(ByteBuffer t, byte[] bytes) {
    t.putInt(bytes.length).put(bytes);
  }

  private static String other(String electionId) {
    return (electionId.charAt(0) == 'a' ? "b" : "a") + electionId.substring(1);
  }

  private ECPoint key(ElectionId id) {
    return keys.of(id.value()).orElseThrow().key().publicKey();
  }

  private String candidate(ElectionId id, int index) throws Exception {
    return admin.call(() -> elections.election(id)).candidates().get(index).id();
  }
}
