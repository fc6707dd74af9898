package org.securevote.trustee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.it.Callers;
import org.securevote.it.Ceremonies;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.tools.crypto.Group;
import org.securevote.trustee.control.PublishedKey;
import org.securevote.trustee.control.PublishedKeys;

/** The election key is rebuilt from the trustees' stored public files, and only from those. */
@ExtendWith(ArquillianExtension.class)
class PublishedKeysIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.business("published-keys-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject ElectionAdministration elections;
  @Inject Ceremonies ceremonies;
  @Inject PublishedKeys keys;
  @Inject Fixtures fixtures;

  @Test
  void aCompletedCeremonyGivesTheKeyWhoseSharesTheTrusteesHold() throws Exception {
    ElectionId id = draft();
    assertTrue(keys.of(id.value()).isEmpty(), "no key before the ceremony");

    List<BigInteger> shares = ceremonies.complete(id.value(), 2, 3);

    PublishedKey key = keys.of(id.value()).orElseThrow();
    assertEquals(3, key.publicFiles().size());
    assertEquals(2, key.key().threshold());
    for (int j = 1; j <= 3; j++) {
      assertEquals(
          Group.G.multiply(shares.get(j - 1)).normalize(),
          key.key().verificationKey(j).normalize(),
          "trustee " + j + "'s share matches its verification key");
    }
    assertEquals(
        Group.pointHex(key.key().publicKey()),
        fixtures.rows("select public_key from election where id = ?1", id.value()).get(0)[0]);
  }

  @Test
  void aPublicFileChangedInTheStoreIsNotTakenForTheKey() throws Exception {
    ElectionId id = draft();
    ceremonies.complete(id.value(), 1, 2);
    ElectionId other = draft();
    ceremonies.complete(other.value(), 1, 2);
    // A database intruder swaps in another election's trustee 2 (valid proofs, other commitments).
    fixtures.sql(
        "update trustee set public_file = (select replace(public_file, ?1, ?2) from trustee"
            + " where election_id = ?1 and trustee_index = 2)"
            + " where election_id = ?2 and trustee_index = 2",
        other.value(),
        id.value());

    assertThrows(RuntimeException.class, () -> keys.of(id.value()));
  }

  private ElectionId draft() throws Exception {
    Instant opens = Instant.now().plus(Duration.ofHours(1));
    return admin.call(
        () ->
            elections.create(
                new ElectionTerms(
                    "Key election",
                    "",
                    BallotType.SINGLE_CHOICE,
                    opens,
                    opens.plus(Duration.ofHours(1)))));
  }
}
