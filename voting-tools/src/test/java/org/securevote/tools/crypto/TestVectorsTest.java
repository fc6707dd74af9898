package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/**
 * Fixed vectors from seeded scalars, for the browser implementation to reproduce byte for byte
 * (docs/election-crypto.md). The committed file must be exactly what this code computes; after a
 * deliberate change of the protocol, rewrite it with -Dsecurevote.writeVectors=true.
 */
class TestVectorsTest {
  static final String FILE = "election-crypto-vectors.json";
  static final String ELECTION = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  static final String SEED = "securevote/test-vectors/";

  @Test
  void theCommittedVectorsAreWhatTheCodeComputes() throws IOException {
    String computed = Json.write(vectors());
    if (Boolean.getBoolean("securevote.writeVectors")) {
      Files.writeString(Path.of("src/test/resources", FILE), computed, StandardCharsets.UTF_8);
      return; // the classpath still holds the old copy until the next build
    }
    try (InputStream in = getClass().getResourceAsStream("/" + FILE)) {
      assertNotNull(in, FILE + " is missing; write it with -Dsecurevote.writeVectors=true");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), computed);
    }
  }

  /** scalar(label) = 1 + (SHA-256(UTF-8(SEED + label)) mod (n - 1)): never 0, never n. */
  static BigInteger scalar(String label) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((SEED + label).getBytes(StandardCharsets.UTF_8));
      return new BigInteger(1, hash).mod(Group.ORDER.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> vectors() {
    Map<String, Object> v =
        map(
            "about",
            "Secure Vote election crypto test vectors; see docs/election-crypto.md",
            "scalar_derivation",
            "scalar(label) = 1 + (SHA-256(UTF-8(\"" + SEED + "\" + label)) mod (n - 1))",
            "election_id",
            ELECTION);
    v.put(
        "group",
        map(
            "curve",
            "P-256",
            "generator",
            Group.pointHex(Group.G),
            "order",
            Hex.toHexString(
                org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, Group.ORDER))));
    v.put("transcript_example", transcriptExample());
    KeyPair key = KeyPair.fromSecret(scalar("election/secret"));
    v.put("elgamal", elgamal(key));
    v.put("schnorr_trustee_key", schnorrTrusteeKey());
    v.put("schnorr_coefficient", schnorrCoefficient());
    v.put("zero_or_one", List.of(zeroOrOne(key.publicKey(), 0), zeroOrOne(key.publicKey(), 1)));
    v.put("constant", constant(key.publicKey()));
    v.put("single_choice_ballot", ballot(key.publicKey()));
    v.put("receipt", receipt((String) ((Map<?, ?>) v.get("single_choice_ballot")).get("tracker")));
    v.put("approval_ballot", approvalBallot(key.publicKey()));
    v.put("questions_ballot", questionsBallot(key.publicKey()));
    v.put("threshold_2_of_3", threshold());
    v.put("share_transport", shareTransport());
    return v;
  }

  private static Map<String, Object> transcriptExample() {
    Transcript t = new Transcript("tag", ELECTION).integer(7).point(Group.G).scalar(BigInteger.TWO);
    return map(
        "fields", List.of("text tag", "text " + ELECTION, "integer 7", "point G", "scalar 2"),
        "bytes", Hex.toHexString(t.bytes()),
        "challenge", Group.scalarHex(t.challenge()));
  }

  private static Map<String, Object> elgamal(KeyPair key) {
    BigInteger r = scalar("elgamal/r");
    Ciphertext c = ElGamal.encrypt(key.publicKey(), 3, r);
    ECPoint decrypted = ElGamal.decryptToPoint(key.secret(), c);
    assertEquals(Group.base(BigInteger.valueOf(3)), decrypted);
    return map(
        "secret_key", Group.scalarHex(key.secret()),
        "public_key", Group.pointHex(key.publicKey()),
        "message", 3,
        "randomness", Group.scalarHex(r),
        "ciphertext", ciphertext(c),
        "decrypted_point", Group.pointHex(decrypted));
  }

  private static Map<String, Object> schnorrTrusteeKey() {
    KeyPair key = KeyPair.fromSecret(scalar("trustee-key/1"));
    BigInteger nonce = scalar("trustee-key/1/nonce");
    Transcript statement = SchnorrProof.trusteeKeyStatement(ELECTION, 1);
    SchnorrProof proof = SchnorrProof.prove(statement, key, nonce);
    assertTrue(proof.verifyTrusteeKey(ELECTION, 1, key.publicKey()));
    return map(
        "tag", Tags.TRUSTEE_KEY,
        "trustee", 1,
        "secret", Group.scalarHex(key.secret()),
        "public_key", Group.pointHex(key.publicKey()),
        "nonce", Group.scalarHex(nonce),
        "hash_input", Hex.toHexString(proof.hashInput(statement, key.publicKey()).bytes()),
        "proof", schnorr(proof));
  }

  private static Map<String, Object> schnorrCoefficient() {
    KeyPair key = KeyPair.fromSecret(scalar("coefficient/2/1"));
    BigInteger nonce = scalar("coefficient/2/1/nonce");
    Transcript statement = SchnorrProof.coefficientStatement(ELECTION, 2, 1);
    SchnorrProof proof = SchnorrProof.prove(statement, key, nonce);
    assertTrue(proof.verifyCoefficient(ELECTION, 2, 1, key.publicKey()));
    return map(
        "tag", Tags.COEFFICIENT,
        "trustee", 2,
        "coefficient", 1,
        "secret", Group.scalarHex(key.secret()),
        "commitment", Group.pointHex(key.publicKey()),
        "nonce", Group.scalarHex(nonce),
        "hash_input", Hex.toHexString(proof.hashInput(statement, key.publicKey()).bytes()),
        "proof", schnorr(proof));
  }

  private static Map<String, Object> zeroOrOne(ECPoint key, int m) {
    String label = "zero-or-one/" + m;
    BigInteger r = scalar(label + "/r");
    BigInteger nonce = scalar(label + "/nonce");
    BigInteger fakeChallenge = scalar(label + "/fake-challenge");
    BigInteger fakeResponse = scalar(label + "/fake-response");
    int candidate = m + 1; // of 3: position and count differ, so a swap of the two shows
    Ciphertext c = ElGamal.encrypt(key, m, r);
    Transcript statement = ZeroOneProof.statement(ELECTION, key, candidate, 3, c);
    ZeroOneProof proof =
        ZeroOneProof.prove(statement, key, c, m, r, nonce, fakeChallenge, fakeResponse);
    assertTrue(proof.verify(ELECTION, key, candidate, 3, c));
    return map(
        "tag", Tags.ZERO_OR_ONE,
        "candidate", candidate,
        "candidates", 3,
        "message", m,
        "randomness", Group.scalarHex(r),
        "nonce", Group.scalarHex(nonce),
        "fake_challenge", Group.scalarHex(fakeChallenge),
        "fake_response", Group.scalarHex(fakeResponse),
        "ciphertext", ciphertext(c),
        "hash_input", Hex.toHexString(proof.hashInput(statement, key, c).bytes()),
        "proof", zeroOne(proof));
  }

  private static Map<String, Object> constant(ECPoint key) {
    BigInteger r = scalar("constant/r");
    BigInteger nonce = scalar("constant/nonce");
    Ciphertext c = ElGamal.encrypt(key, 1, r);
    Transcript statement = ConstantProof.statement(ELECTION, key, 1, List.of(), c);
    ConstantProof proof = ConstantProof.prove(statement, key, r, nonce);
    assertTrue(proof.verify(ELECTION, key, c, 1));
    return map(
        "tag", Tags.CONSTANT,
        "constant", 1,
        "randomness", Group.scalarHex(r),
        "nonce", Group.scalarHex(nonce),
        "ciphertext", ciphertext(c),
        "hash_input", Hex.toHexString(proof.hashInput(statement, key, c, 1).bytes()),
        "proof",
            map(
                "challenge",
                Group.scalarHex(proof.challenge()),
                "response",
                Group.scalarHex(proof.response())));
  }

  /** The same steps as EncryptedBallot.encrypt, with every random value from the seed. */
  private static Map<String, Object> ballot(ECPoint key) {
    int candidates = 3;
    int choice = 1;
    Marked marked = mark(key, candidates, Set.of(choice), "ballot/");
    List<Ciphertext> selections = marked.selections();
    List<ZeroOneProof> proofs = marked.proofs();
    List<Object> steps = marked.steps();
    BigInteger total = marked.total();
    BigInteger sumNonce = scalar("ballot/sum/nonce");
    Ciphertext sum = Ciphertext.sum(selections);
    Transcript statement = ConstantProof.statement(ELECTION, key, 1, selections, sum);
    ConstantProof sumProof = ConstantProof.prove(statement, key, total.mod(Group.ORDER), sumNonce);
    EncryptedBallot ballot = new EncryptedBallot(selections, proofs, sumProof);
    assertEquals(BallotVerdict.VALID, ballot.verify(ELECTION, key, candidates));
    return map(
        "public_key",
        Group.pointHex(key),
        "candidates",
        candidates,
        "choice",
        choice,
        "selections",
        steps,
        "sum",
        ciphertext(sum),
        "sum_randomness",
        Group.scalarHex(total.mod(Group.ORDER)),
        "sum_nonce",
        Group.scalarHex(sumNonce),
        "sum_hash_input",
        Hex.toHexString(sumProof.hashInput(statement, key, sum, 1).bytes()),
        "sum_proof",
        map(
            "challenge",
            Group.scalarHex(sumProof.challenge()),
            "response",
            Group.scalarHex(sumProof.response())),
        "tracker_hash_input",
        Hex.toHexString(Tracker.transcript(ELECTION, ballot).bytes()),
        "tracker",
        Tracker.of(ELECTION, ballot),
        "tracker_short",
        Tracker.shortForm(Tracker.digest(ELECTION, ballot)));
  }

  /** The server's receipt for that ballot: Ed25519 is deterministic, so it is a fixed vector. */
  private static Map<String, Object> receipt(String tracker) {
    byte[] seed;
    try {
      seed =
          MessageDigest.getInstance("SHA-256")
              .digest((SEED + "receipt/seed").getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] signature = Receipt.sign(seed, ELECTION, tracker, Receipt.EncryptedBy.VOTER);
    byte[] publicKey = Receipt.publicKey(seed);
    assertTrue(Receipt.verify(publicKey, signature, ELECTION, tracker, Receipt.EncryptedBy.VOTER));
    return map(
        "tag", Receipt.TAG,
        "seed", "SHA-256(UTF-8(\"" + SEED + "receipt/seed\"))",
        "private_seed", Hex.toHexString(seed),
        "public_key", Hex.toHexString(publicKey),
        "tracker", tracker,
        "encrypted_by", Receipt.EncryptedBy.VOTER.wire(),
        "message", Hex.toHexString(Receipt.message(ELECTION, tracker, Receipt.EncryptedBy.VOTER)),
        "signature", Hex.toHexString(signature));
  }

  private static Map<String, Object> threshold() {
    int k = 2;
    int n = 3;
    List<Polynomial> polynomials = new ArrayList<>();
    List<CoefficientCommitments> commitments = new ArrayList<>();
    List<Object> trustees = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      List<BigInteger> coefficients = new ArrayList<>();
      List<CoefficientCommitments.Commitment> published = new ArrayList<>();
      List<Object> described = new ArrayList<>();
      for (int l = 0; l < k; l++) {
        KeyPair a = KeyPair.fromSecret(scalar("dkg/" + i + "/coefficient/" + l));
        BigInteger nonce = scalar("dkg/" + i + "/coefficient/" + l + "/nonce");
        SchnorrProof proof =
            SchnorrProof.prove(SchnorrProof.coefficientStatement(ELECTION, i, l), a, nonce);
        coefficients.add(a.secret());
        published.add(new CoefficientCommitments.Commitment(a.publicKey(), proof));
        described.add(
            map(
                "secret", Group.scalarHex(a.secret()),
                "commitment", Group.pointHex(a.publicKey()),
                "nonce", Group.scalarHex(nonce),
                "proof", schnorr(proof)));
      }
      Polynomial p = new Polynomial(coefficients);
      polynomials.add(p);
      commitments.add(new CoefficientCommitments(i, published));
      List<String> shares = new ArrayList<>();
      for (int j = 1; j <= n; j++) {
        shares.add(Group.scalarHex(p.at(j)));
      }
      trustees.add(map("trustee", i, "coefficients", described, "shares_for_1_to_n", shares));
    }
    ElectionKey key = ElectionKey.combine(ELECTION, 2, 3, commitments);
    List<TrusteeShare> shares = new ArrayList<>();
    List<Object> combinedShares = new ArrayList<>();
    for (int j = 1; j <= n; j++) {
      List<BigInteger> received = new ArrayList<>();
      for (Polynomial p : polynomials) {
        received.add(p.at(j));
      }
      TrusteeShare share = TrusteeShare.combine(key, j, received);
      shares.add(share);
      combinedShares.add(
          map(
              "trustee", j,
              "secret_share", Group.scalarHex(share.secret()),
              "verification_key", Group.pointHex(key.verificationKey(j))));
    }
    Ciphertext c = ElGamal.encrypt(key.publicKey(), 2, scalar("threshold/r"));
    List<PartialDecryption> partials = new ArrayList<>();
    List<Object> described = new ArrayList<>();
    for (int j : new int[] {1, 3}) {
      TrusteeShare share = shares.get(j - 1);
      ECPoint d = c.a().multiply(share.secret()).normalize();
      BigInteger nonce = scalar("threshold/partial/" + j + "/nonce");
      Transcript statement =
          EqualityProof.statement(ELECTION, key.publicKey(), j, key.verificationKey(j), c, d);
      EqualityProof proof = EqualityProof.prove(statement, c, share.secret(), nonce);
      PartialDecryption partial = new PartialDecryption(j, d, proof);
      assertTrue(partial.verify(key, c));
      partials.add(partial);
      described.add(
          map(
              "trustee", j,
              "partial", Group.pointHex(d),
              "nonce", Group.scalarHex(nonce),
              "hash_input",
                  Hex.toHexString(proof.hashInput(statement, key.verificationKey(j), c, d).bytes()),
              "proof",
                  map(
                      "challenge",
                      Group.scalarHex(proof.challenge()),
                      "response",
                      Group.scalarHex(proof.response())),
              "lagrange_at_zero",
                  Group.scalarHex(ThresholdDecryption.lagrangeAtZero(j, List.of(1, 3)))));
    }
    ECPoint combined = ThresholdDecryption.combine(key, c, partials);
    assertEquals(Group.base(BigInteger.TWO), combined);
    return map(
        "threshold",
        k,
        "trustees",
        trustees,
        "election_public_key",
        Group.pointHex(key.publicKey()),
        "secret_shares",
        combinedShares,
        "randomness",
        Group.scalarHex(scalar("threshold/r")),
        "message",
        2,
        "ciphertext",
        ciphertext(c),
        "partial_decryptions",
        described,
        "combined_point",
        Group.pointHex(combined));
  }

  private static Map<String, Object> shareTransport() {
    KeyPair receiver = KeyPair.fromSecret(scalar("transport/receiver"));
    BigInteger share = scalar("transport/share");
    BigInteger ephemeralSecret = scalar("transport/ephemeral");
    SealedShare sealed =
        ShareTransport.seal(ELECTION, 1, 2, receiver.publicKey(), share, ephemeralSecret);
    assertEquals(share, ShareTransport.open(ELECTION, 2, receiver, sealed));
    byte[] associated =
        ShareTransport.associatedData(ELECTION, 1, 2, sealed.ephemeral(), receiver.publicKey());
    ECPoint shared = receiver.publicKey().multiply(ephemeralSecret).normalize();
    return map(
        "tag", Tags.SHARE_TRANSPORT,
        "from", 1,
        "to", 2,
        "receiver_secret", Group.scalarHex(receiver.secret()),
        "receiver_public_key", Group.pointHex(receiver.publicKey()),
        "share", Group.scalarHex(share),
        "ephemeral_secret", Group.scalarHex(ephemeralSecret),
        "ephemeral", Group.pointHex(sealed.ephemeral()),
        "shared_x", Hex.toHexString(shared.getAffineXCoord().getEncoded()),
        "associated_data", Hex.toHexString(associated),
        "hkdf_output", Hex.toHexString(ShareTransport.keyMaterial(shared, associated)),
        "ciphertext", Hex.toHexString(sealed.ciphertext()));
  }

  private static Map<String, Object> ciphertext(Ciphertext c) {
    return map("a", Group.pointHex(c.a()), "b", Group.pointHex(c.b()));
  }

  private static Map<String, Object> schnorr(SchnorrProof p) {
    return map(
        "challenge", Group.scalarHex(p.challenge()), "response", Group.scalarHex(p.response()));
  }

  /** The ciphertexts and zero-or-one proofs of a ballot choosing these, from labelled scalars. */
  private record Marked(
      List<Ciphertext> selections,
      List<ZeroOneProof> proofs,
      List<Object> steps,
      BigInteger total) {}

  private static Marked mark(ECPoint key, int candidates, Set<Integer> chosen, String prefix) {
    List<Ciphertext> selections = new ArrayList<>();
    List<ZeroOneProof> proofs = new ArrayList<>();
    List<Object> steps = new ArrayList<>();
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < candidates; i++) {
      String label = prefix + i;
      int m = chosen.contains(i) ? 1 : 0;
      BigInteger r = scalar(label + "/r");
      BigInteger nonce = scalar(label + "/nonce");
      BigInteger fakeChallenge = scalar(label + "/fake-challenge");
      BigInteger fakeResponse = scalar(label + "/fake-response");
      Ciphertext c = ElGamal.encrypt(key, m, r);
      ZeroOneProof proof =
          ZeroOneProof.prove(
              ZeroOneProof.statement(ELECTION, key, i, candidates, c),
              key,
              c,
              m,
              r,
              nonce,
              fakeChallenge,
              fakeResponse);
      selections.add(c);
      proofs.add(proof);
      total = total.add(r);
      steps.add(
          map(
              "message", m,
              "randomness", Group.scalarHex(r),
              "nonce", Group.scalarHex(nonce),
              "fake_challenge", Group.scalarHex(fakeChallenge),
              "fake_response", Group.scalarHex(fakeResponse),
              "ciphertext", ciphertext(c),
              "proof", zeroOne(proof)));
    }
    return new Marked(selections, proofs, steps, total);
  }

  private static Map<String, Object> approvalBallot(ECPoint key) {
    int candidates = 4;
    ChoiceBounds bounds = new ChoiceBounds(1, 3);
    List<Integer> approved = List.of(0, 2);
    Marked marked = mark(key, candidates, Set.copyOf(approved), "approval/");
    BigInteger nonce = scalar("approval/count/nonce");
    List<CountInRangeProof.Fake> fakes = new ArrayList<>();
    List<Object> fakeSteps = new ArrayList<>();
    for (int m = bounds.min(); m <= bounds.max(); m++) {
      if (m != approved.size()) {
        CountInRangeProof.Fake fake =
            new CountInRangeProof.Fake(
                scalar("approval/count/" + m + "/fake-challenge"),
                scalar("approval/count/" + m + "/fake-response"));
        fakes.add(fake);
        fakeSteps.add(
            map(
                "count", m,
                "challenge", Group.scalarHex(fake.challenge()),
                "response", Group.scalarHex(fake.response())));
      }
    }
    Ciphertext sum = Ciphertext.sum(marked.selections());
    Transcript statement =
        CountInRangeProof.statement(ELECTION, key, bounds.min(), bounds.max(), marked.selections());
    BigInteger sumRandomness = marked.total().mod(Group.ORDER);
    CountInRangeProof count =
        CountInRangeProof.prove(
            statement, key, sum, bounds, approved.size(), sumRandomness, nonce, fakes);
    EncryptedBallot ballot = new EncryptedBallot(marked.selections(), marked.proofs(), count);
    assertEquals(BallotVerdict.VALID, ballot.verify(ELECTION, key, candidates, bounds));
    return map(
        "public_key", Group.pointHex(key),
        "candidates", candidates,
        "min", bounds.min(),
        "max", bounds.max(),
        "approved", approved,
        "selections", marked.steps(),
        "sum", ciphertext(sum),
        "sum_randomness", Group.scalarHex(sumRandomness),
        "count_nonce", Group.scalarHex(nonce),
        "count_fakes", fakeSteps,
        "count_hash_input", Hex.toHexString(count.hashInput(statement, key, sum).bytes()),
        "count_proof",
            map(
                "lo", count.lo(),
                "hi", count.hi(),
                "challenges", count.challenges().stream().map(Group::scalarHex).toList(),
                "responses", count.responses().stream().map(Group::scalarHex).toList()),
        "tracker_hash_input", Hex.toHexString(Tracker.transcript(ELECTION, ballot).bytes()),
        "tracker", Tracker.of(ELECTION, ballot),
        "tracker_short", Tracker.shortForm(Tracker.digest(ELECTION, ballot)));
  }

  /** Two questions: choose one of 2, then 0 to 2 of 3; positions 1, 2 and 4 chosen. */
  private static Map<String, Object> questionsBallot(ECPoint key) {
    BallotLayout layout =
        new BallotLayout(
            List.of(
                new BallotLayout.Question(2, ChoiceBounds.EXACTLY_ONE),
                new BallotLayout.Question(3, new ChoiceBounds(0, 2))));
    Set<Integer> chosen = Set.of(1, 2, 4);
    Marked marked = mark(key, layout.candidates(), chosen, "questions/");
    List<QuestionCounts.QuestionCount> counts = new ArrayList<>();
    List<Object> steps = new ArrayList<>();
    for (int q = 0; q < layout.questions().size(); q++) {
      BallotLayout.Question question = layout.questions().get(q);
      int first = layout.first(q);
      List<Ciphertext> run = marked.selections().subList(first, first + question.candidates());
      BigInteger randomness = BigInteger.ZERO;
      int count = 0;
      for (int i = first; i < first + question.candidates(); i++) {
        randomness = randomness.add(scalar("questions/" + i + "/r"));
        count += chosen.contains(i) ? 1 : 0;
      }
      String label = "questions/count/" + q;
      List<CountInRangeProof.Fake> fakes = new ArrayList<>();
      for (int m = question.bounds().min(); m <= question.bounds().max(); m++) {
        if (m != count) {
          fakes.add(
              new CountInRangeProof.Fake(
                  scalar(label + "/" + m + "/fake-challenge"),
                  scalar(label + "/" + m + "/fake-response")));
        }
      }
      ChoiceBounds bounds = question.bounds();
      Transcript statement =
          CountInRangeProof.questionStatement(
              ELECTION, key, q, first, bounds.min(), bounds.max(), run);
      Ciphertext sum = Ciphertext.sum(run);
      CountInRangeProof range =
          CountInRangeProof.prove(
              statement,
              key,
              sum,
              bounds,
              count,
              randomness.mod(Group.ORDER),
              scalar(label + "/nonce"),
              fakes);
      counts.add(new QuestionCounts.QuestionCount(question.candidates(), range));
      steps.add(
          map(
              "question", q,
              "first", first,
              "candidates", question.candidates(),
              "count", count,
              "sum_randomness", Group.scalarHex(randomness.mod(Group.ORDER)),
              "hash_input", Hex.toHexString(range.hashInput(statement, key, sum).bytes()),
              "lo", range.lo(),
              "hi", range.hi(),
              "challenges", range.challenges().stream().map(Group::scalarHex).toList(),
              "responses", range.responses().stream().map(Group::scalarHex).toList()));
    }
    EncryptedBallot ballot =
        new EncryptedBallot(marked.selections(), marked.proofs(), new QuestionCounts(counts));
    assertEquals(BallotVerdict.VALID, ballot.verify(ELECTION, key, layout));
    return map(
        "public_key", Group.pointHex(key),
        "questions",
            List.of(
                map("candidates", 2, "min", 1, "max", 1), map("candidates", 3, "min", 0, "max", 2)),
        "chosen", List.of(1, 2, 4),
        "selections", marked.steps(),
        "question_counts", steps,
        "tracker_hash_input", Hex.toHexString(Tracker.transcript(ELECTION, ballot).bytes()),
        "tracker", Tracker.of(ELECTION, ballot),
        "tracker_short", Tracker.shortForm(Tracker.digest(ELECTION, ballot)));
  }

  private static Map<String, Object> zeroOne(ZeroOneProof p) {
    return map(
        "c0", Group.scalarHex(p.c0()),
        "c1", Group.scalarHex(p.c1()),
        "v0", Group.scalarHex(p.v0()),
        "v1", Group.scalarHex(p.v1()));
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
