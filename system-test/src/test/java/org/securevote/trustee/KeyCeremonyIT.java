package org.securevote.trustee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionRuleViolation;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.platform.Refusal;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.Polynomial;
import org.securevote.tools.crypto.SealedShare;
import org.securevote.tools.crypto.ShareTransport;
import org.securevote.tools.crypto.TrusteePublicKey;
import org.securevote.tools.crypto.TrusteeShare;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.Fields;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;
import org.securevote.tools.format.ShareFile;
import org.securevote.trustee.boundary.CeremonyFile;
import org.securevote.trustee.boundary.CeremonyRefused;
import org.securevote.trustee.boundary.CeremonyStep;
import org.securevote.trustee.boundary.KeyCeremony;
import org.securevote.trustee.boundary.TrusteeAppointments;
import org.securevote.trustee.control.PublishedKey;
import org.securevote.trustee.control.PublishedKeys;

/**
 * The key ceremony through the boundaries, with the trustees' tool's own classes doing each
 * trustee's part, and every rule of it tried.
 */
@ExtendWith(ArquillianExtension.class)
class KeyCeremonyIT {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final List<String> EMAILS =
      List.of("it-trustee1@example.org", "it-trustee2@example.org", "it-trustee3@example.org");

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("key-ceremony-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsVoter1 voter;
  @Inject Callers.AsTrustee1 trustee1;
  @Inject Callers.AsTrustee2 trustee2;
  @Inject Callers.AsTrustee3 trustee3;
  @Inject ElectionAdministration elections;
  @Inject TrusteeAppointments appointments;
  @Inject KeyCeremony ceremony;
  @Inject PublishedKeys keys;
  @Inject Fixtures fixtures;

  /** One trustee's side, as the tool keeps it on the trustee's own machine. */
  private final class Side {
    final Callers.Caller caller;
    final int index;
    final KeyPair key = KeyPair.generate(RANDOM);
    Polynomial polynomial;
    Ceremony ceremony;
    PublicFile published;

    Side(Callers.Caller caller, int index) {
      this.caller = caller;
      this.index = index;
    }

    <T> T as(Callable<T> work) throws Exception {
      return caller.call(work);
    }

    /** keygen from the CEREMONY.json the server gives. */
    PublicFile keygen(ElectionId id) throws Exception {
      CeremonyFile file = as(() -> KeyCeremonyIT.this.ceremony.ceremonyFile(id));
      assertEquals("CEREMONY.json", file.name());
      Fields f = JsonFiles.parse(file.text(), file.name());
      ceremony = Ceremony.of(f, f.text("electionId"), f.integer("trustee"));
      assertEquals(index, ceremony.trustee());
      polynomial = Polynomial.random(ceremony.threshold(), RANDOM);
      published =
          new PublicFile(
              ceremony,
              TrusteePublicKey.publish(id.value(), index, key, RANDOM),
              polynomial.commit(id.value(), index, RANDOM));
      return published;
    }

    void publish(ElectionId id) throws Exception {
      as(() -> KeyCeremonyIT.this.ceremony.publish(id, JsonFiles.text(keygen(id).toJson())));
    }

    /** The public files from the server, checked as `shares` and `receive` check them. */
    PublicFiles publics(ElectionId id) throws Exception {
      List<PublicFile> files = new ArrayList<>();
      for (int i = 1; i <= ceremony.trustees(); i++) {
        int trustee = i;
        CeremonyFile file = as(() -> KeyCeremonyIT.this.ceremony.publicFile(id, trustee));
        PublicFile p = PublicFile.fromJson(JsonFiles.parse(file.text(), file.name()));
        p.check(ceremony, trustee, file.name());
        files.add(p);
      }
      CeremonyFingerprint mine = CeremonyFingerprint.of(ceremony, files);
      assertEquals(mine, as(() -> KeyCeremonyIT.this.ceremony.fingerprint(id)));
      return PublicFiles.of(ceremony, files);
    }

    String share(ElectionId id, int to, BigInteger value) throws Exception {
      SealedShare sealed =
          ShareTransport.seal(id.value(), index, publics(id).of(to).key(), value, RANDOM);
      return JsonFiles.text(ShareFile.toJson(id.value(), sealed));
    }

    void sendShares(ElectionId id) throws Exception {
      for (int to = 1; to <= ceremony.trustees(); to++) {
        if (to != index) {
          String file = share(id, to, polynomial.at(to));
          as(() -> KeyCeremonyIT.this.ceremony.sendShare(id, file));
        }
      }
    }

    /** receive: opens every share and checks it against its sender's commitments. */
    TrusteeShare receive(ElectionId id) throws Exception {
      PublicFiles publics = publics(id);
      List<BigInteger> received = new ArrayList<>();
      List<CeremonyFile> files = as(() -> KeyCeremonyIT.this.ceremony.sharesForMe(id));
      for (int from = 1; from <= ceremony.trustees(); from++) {
        if (from == index) {
          received.add(polynomial.at(index));
          continue;
        }
        String name = ShareFile.name(from, index);
        CeremonyFile file = files.stream().filter(f -> f.name().equals(name)).findFirst().get();
        SealedShare sealed =
            ShareFile.fromJson(JsonFiles.parse(file.text(), name), id.value(), from, index);
        received.add(ShareTransport.open(id.value(), index, key, sealed));
      }
      return TrusteeShare.combine(publics.electionKey(), index, received);
    }
  }

  @Test
  void twoOfThreeTrusteesMakeTheKeyAndTheElectionAdoptsIt() throws Exception {
    ElectionId id = draft();
    admin.call(() -> appointments.appoint(id, EMAILS, 2));
    List<Side> sides = sides();

    sides.get(0).publish(id);
    sides.get(1).publish(id);
    assertRefused(
        Refusal.Kind.CONFLICT, "Not every trustee", () -> ceremony.publicFile(id, 1), trustee1);
    sides.get(2).publish(id);
    for (Side s : sides) {
      s.sendShares(id);
    }
    List<TrusteeShare> shares = new ArrayList<>();
    List<CeremonyStep> steps = new ArrayList<>();
    for (Side s : sides) {
      shares.add(s.receive(id));
      steps.add(s.as(() -> ceremony.confirm(id)));
    }
    assertFalse(steps.get(1).completed());
    assertTrue(steps.get(2).completed(), "the last confirmation completes the ceremony");

    PublishedKey key = keys.of(id.value()).orElseThrow();
    PublicFiles publics = sides.get(0).publics(id);
    assertEquals(
        Group.pointHex(publics.electionKey().publicKey()), Group.pointHex(key.key().publicKey()));
    assertEquals(2, key.key().threshold());
    for (int j = 1; j <= 3; j++) {
      assertEquals(
          Group.G.multiply(shares.get(j - 1).secret()).normalize(),
          key.key().verificationKey(j).normalize(),
          "trustee " + j + "'s share fits the adopted key");
    }
    addCandidates(id);
    admin.run(() -> elections.schedule(id));

    List<Object[]> audited =
        fixtures.rows(
            "select action from audit_entry where subject = ?1 and action like 'ceremony.%'"
                + " order by seq",
            "election:" + id.value());
    List<String> actions = audited.stream().map(r -> (String) r[0]).toList();
    assertEquals(
        List.of(
            "ceremony.appoint",
            "ceremony.public-file",
            "ceremony.public-file",
            "ceremony.public-file",
            "ceremony.share",
            "ceremony.share",
            "ceremony.share",
            "ceremony.share",
            "ceremony.share",
            "ceremony.share",
            "ceremony.confirm",
            "ceremony.confirm",
            "ceremony.confirm"),
        actions);
  }

  @Test
  void aPublicFileThatDoesNotHoldIsRefusedWithTheToolsMessageAndNothingIsKept() throws Exception {
    ElectionId id = draft();
    admin.call(() -> appointments.appoint(id, EMAILS.subList(0, 2), 1));
    Side side = sides().get(0);
    String good = JsonFiles.text(side.keygen(id).toJson());

    jakarta.json.JsonObject json = side.published.toJson();
    BigInteger response = side.published.key().proof().response();
    String badProof =
        JsonFiles.text(
            jakarta.json.Json.createObjectBuilder(json)
                .add(
                    "publicKeyProof",
                    jakarta.json.Json.createObjectBuilder(json.getJsonObject("publicKeyProof"))
                        .add(
                            "response",
                            Group.scalarHex(response.add(BigInteger.ONE).mod(Group.ORDER))))
                .build());
    String proofFails = badProof;
    assertRefused(
        Refusal.Kind.INVALID, "key proof fails", () -> ceremony.publish(id, proofFails), trustee1);

    String otherIndex =
        JsonFiles.text(
            new PublicFile(
                    new Ceremony(id.value(), 2, 1, 2),
                    TrusteePublicKey.publish(id.value(), 2, side.key, RANDOM),
                    side.polynomial.commit(id.value(), 2, RANDOM))
                .toJson());
    assertRefused(
        Refusal.Kind.INVALID,
        "says it is trustee 2's",
        () -> ceremony.publish(id, otherIndex),
        trustee1);

    String elsewhere = ElectionId.next().value();
    String otherElection =
        JsonFiles.text(
            new PublicFile(
                    new Ceremony(elsewhere, 2, 1, 1),
                    TrusteePublicKey.publish(elsewhere, 1, side.key, RANDOM),
                    side.polynomial.commit(elsewhere, 1, RANDOM))
                .toJson());
    assertRefused(
        Refusal.Kind.INVALID, "for election", () -> ceremony.publish(id, otherElection), trustee1);

    Polynomial two = Polynomial.random(2, RANDOM);
    String otherTerms =
        JsonFiles.text(
            new PublicFile(
                    new Ceremony(id.value(), 3, 2, 1),
                    TrusteePublicKey.publish(id.value(), 1, side.key, RANDOM),
                    two.commit(id.value(), 1, RANDOM))
                .toJson());
    assertRefused(
        Refusal.Kind.INVALID, "not 1 of 2", () -> ceremony.publish(id, otherTerms), trustee1);
    assertRefused(
        Refusal.Kind.INVALID,
        "not one JSON object",
        () -> ceremony.publish(id, "{\"format\": [1,"),
        trustee1);
    String huge = good.replace("{", "{\"padding\": \"" + "x".repeat(70_000) + "\",");
    assertRefused(
        Refusal.Kind.INVALID, "larger than 64 KiB", () -> ceremony.publish(id, huge), trustee1);

    assertNull(
        fixtures.rows(
                "select public_file from trustee where election_id = ?1 and trustee_index = 1",
                id.value())
            .get(0)[0],
        "nothing kept");
    // the good one is taken, once
    trustee1.call(() -> ceremony.publish(id, good));
    assertRefused(Refusal.Kind.CONFLICT, "already", () -> ceremony.publish(id, good), trustee1);
  }

  @Test
  void onlyTheElectionsOwnTrusteesReadOrUpload() throws Exception {
    ElectionId id = draft();
    admin.call(() -> appointments.appoint(id, EMAILS.subList(0, 2), 1));
    ElectionId other = draft();
    admin.call(() -> appointments.appoint(other, EMAILS.subList(2, 3), 1));

    assertThrows(EJBAccessException.class, () -> voter.call(() -> ceremony.ceremonyFile(id)));
    assertThrows(EJBAccessException.class, () -> voter.call(() -> ceremony.publish(id, "{}")));
    assertThrows(
        EJBAccessException.class, () -> voter.call(() -> appointments.appoint(id, EMAILS, 1)));
    // trustee 3 holds another election's key, not this one's
    String file = JsonFiles.text(sides().get(0).keygen(id).toJson());
    assertRefused(
        Refusal.Kind.NOT_FOUND, "not a trustee", () -> ceremony.ceremonyFile(id), trustee3);
    assertRefused(
        Refusal.Kind.NOT_FOUND, "not a trustee", () -> ceremony.publish(id, file), trustee3);
    assertRefused(
        Refusal.Kind.NOT_FOUND, "not a trustee", () -> ceremony.publicFile(id, 1), trustee3);
    assertRefused(
        Refusal.Kind.NOT_FOUND, "not a trustee", () -> ceremony.sharesForMe(id), trustee3);
    assertRefused(Refusal.Kind.NOT_FOUND, "not a trustee", () -> ceremony.confirm(id), trustee3);
    assertEquals(
        1,
        trustee3.call(() -> ceremony.myElections()).stream()
            .filter(e -> e.electionId().equals(other.value()) || e.electionId().equals(id.value()))
            .count());
  }

  @Test
  void aShareMustComeFromItsSenderForAnotherTrusteeOfThisElection() throws Exception {
    ElectionId id = draft();
    admin.call(() -> appointments.appoint(id, EMAILS, 2));
    List<Side> sides = sides();
    for (Side s : sides) {
      s.publish(id);
    }
    Side one = sides.get(0);
    Side two = sides.get(1);
    String fromTwo = two.share(id, 3, two.polynomial.at(3));
    assertRefused(
        Refusal.Kind.INVALID,
        "a share from trustee 2",
        () -> ceremony.sendShare(id, fromTwo),
        trustee1);
    SealedShare toItself =
        ShareTransport.seal(id.value(), 1, one.published.key(), BigInteger.TEN, RANDOM);
    String itself = JsonFiles.text(ShareFile.toJson(id.value(), toItself));
    assertRefused(
        Refusal.Kind.INVALID,
        "not another trustee",
        () -> ceremony.sendShare(id, itself),
        trustee1);
    SealedShare toFour =
        ShareTransport.seal(id.value(), 1, one.published.key(), BigInteger.TEN, RANDOM);
    String four =
        JsonFiles.text(
            ShareFile.toJson(
                id.value(), new SealedShare(1, 4, toFour.ephemeral(), toFour.ciphertext())));
    assertRefused(
        Refusal.Kind.INVALID, "not another trustee", () -> ceremony.sendShare(id, four), trustee1);
    String elsewhere =
        one.share(id, 2, BigInteger.ONE).replace(id.value(), ElectionId.next().value());
    assertRefused(
        Refusal.Kind.INVALID, "electionId", () -> ceremony.sendShare(id, elsewhere), trustee1);
    assertRefused(
        Refusal.Kind.INVALID,
        "not one JSON object",
        () -> ceremony.sendShare(id, "nope"),
        trustee1);
    assertEquals(
        0L,
        fixtures.rows("select count(*) from ceremony_share where election_id = ?1", id.value())
            .get(0)[0]);
  }

  @Test
  void aComplaintBlocksCompletionUntilTheAccusedSendsAGoodShare() throws Exception {
    ElectionId id = draft();
    admin.call(() -> appointments.appoint(id, EMAILS.subList(0, 2), 2));
    List<Side> sides = sides().subList(0, 2);
    for (Side s : sides) {
      s.publish(id);
    }
    Side one = sides.get(0);
    Side two = sides.get(1);
    String wrong = one.share(id, 2, one.polynomial.at(2).add(BigInteger.ONE));
    trustee1.call(() -> ceremony.sendShare(id, wrong));
    two.sendShares(id);

    // trustee 2's tool refuses trustee 1's share, naming it: trustee 2 complains
    assertThrows(RuntimeException.class, () -> two.receive(id));
    trustee2.call(() -> ceremony.complain(id, 1, "the share from trustee 1 does not match"));
    one.receive(id);
    CeremonyStep confirmed = trustee1.call(() -> ceremony.confirm(id));
    assertFalse(confirmed.completed(), "a complaint blocks completion");
    assertTrue(keys.of(id.value()).isEmpty());
    assertTrue(admin.call(() -> appointments.ceremony(id)).disputed());
    assertTrue(trustee1.call(() -> ceremony.ceremony(id)).disputed(), "trustees see it too");
    // only the accused may send that share again
    String again = two.share(id, 1, two.polynomial.at(1));
    assertRefused(Refusal.Kind.CONFLICT, "already", () -> ceremony.sendShare(id, again), trustee2);

    String good = one.share(id, 2, one.polynomial.at(2));
    trustee1.call(() -> ceremony.sendShare(id, good));
    two.receive(id);
    assertTrue(trustee2.call(() -> ceremony.confirm(id)).completed());
    assertTrue(keys.of(id.value()).isPresent());
  }

  @Test
  void schedulingWithoutACompletedCeremonyIsRefused() throws Exception {
    ElectionId id = draft();
    addCandidates(id);
    ElectionRuleViolation refused =
        assertThrows(ElectionRuleViolation.class, () -> admin.run(() -> elections.schedule(id)));
    assertEquals("The trustees have not completed the key ceremony yet.", refused.getMessage());
    admin.call(() -> appointments.appoint(id, EMAILS.subList(0, 1), 1));
    assertThrows(ElectionRuleViolation.class, () -> admin.run(() -> elections.schedule(id)));
  }

  @Test
  void fromSchedulingOnNothingOfTheCeremonyChanges() throws Exception {
    ElectionId id = draft();
    addCandidates(id);
    admin.call(() -> appointments.appoint(id, EMAILS.subList(0, 2), 1));
    List<Side> sides = sides().subList(0, 2);
    for (Side s : sides) {
      s.publish(id);
    }
    for (Side s : sides) {
      s.sendShares(id);
    }
    for (Side s : sides) {
      s.receive(id);
      s.as(() -> ceremony.confirm(id));
    }
    admin.run(() -> elections.schedule(id));

    String share = sides.get(0).share(id, 2, BigInteger.ONE);
    String file = JsonFiles.text(sides.get(0).published.toJson());
    assertRefused(Refusal.Kind.CONFLICT, "scheduled", () -> ceremony.publish(id, file), trustee1);
    assertRefused(
        Refusal.Kind.CONFLICT, "scheduled", () -> ceremony.sendShare(id, share), trustee1);
    assertRefused(Refusal.Kind.CONFLICT, "scheduled", () -> ceremony.confirm(id), trustee1);
    assertRefused(
        Refusal.Kind.CONFLICT, "scheduled", () -> ceremony.complain(id, 2, "x"), trustee1);
    assertRefused(
        Refusal.Kind.CONFLICT, "frozen", () -> appointments.appoint(id, EMAILS, 1), admin);
    assertRefused(Refusal.Kind.CONFLICT, "frozen", () -> appointments.restart(id), admin);
    assertTrue(keys.of(id.value()).isPresent());
  }

  private List<Side> sides() {
    return List.of(new Side(trustee1, 1), new Side(trustee2, 2), new Side(trustee3, 3));
  }

  private void assertRefused(
      Refusal.Kind kind, String says, Callable<?> call, Callers.Caller caller) {
    CeremonyRefused refused = assertThrows(CeremonyRefused.class, () -> caller.call(call));
    assertEquals(kind, refused.kind(), refused.getMessage());
    assertTrue(refused.getMessage().contains(says), refused.getMessage());
  }

  private void addCandidates(ElectionId id) {
    admin.run(() -> elections.addCandidate(id, "Ada", "", null));
    admin.run(() -> elections.addCandidate(id, "Grace", "", null));
  }

  private ElectionId draft() throws Exception {
    Instant opens = Instant.now().plus(Duration.ofHours(1));
    return admin.call(
        () ->
            elections.create(
                new ElectionTerms(
                    "Ceremony election",
                    "",
                    BallotType.SINGLE_CHOICE,
                    opens,
                    opens.plus(Duration.ofHours(1)))));
  }
}
