package org.securevote.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.election.entity.Election;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.Polynomial;
import org.securevote.tools.crypto.TrusteePublicKey;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;
import org.securevote.trustee.entity.Trustee;

/**
 * A k-of-n key ceremony done the way n trustees do it with their tool, written straight to the
 * store: for tests that need an election with a key but are not about the ceremony itself.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Ceremonies {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  /**
   * Appoints n new trustee accounts, publishes their public files and adopts the election key.
   *
   * @return each trustee's secret share s_1..s_n, for tests that decrypt as trustees
   */
  public List<BigInteger> complete(String electionId, int threshold, int trustees) {
    Election election = em.find(Election.class, electionId);
    election.appointTrustees(trustees, threshold);
    List<Polynomial> polynomials = new ArrayList<>();
    List<PublicFile> files = new ArrayList<>();
    for (int i = 1; i <= trustees; i++) {
      Account account =
          new Account(
              "trustee" + i + "-" + electionId + "@it.example.org",
              "Trustee " + i,
              null,
              Set.of(Role.TRUSTEE));
      em.persist(account);
      em.flush();
      Polynomial polynomial = Polynomial.random(threshold, RANDOM);
      polynomials.add(polynomial);
      PublicFile file =
          new PublicFile(
              new Ceremony(electionId, trustees, threshold, i),
              TrusteePublicKey.publish(electionId, i, KeyPair.generate(RANDOM), RANDOM),
              polynomial.commit(electionId, i, RANDOM));
      files.add(file);
      Trustee trustee = new Trustee(electionId, i, account.id());
      trustee.publish(JsonFiles.text(file.toJson()));
      trustee.confirm();
      em.persist(trustee);
    }
    Ceremony ceremony = new Ceremony(electionId, trustees, threshold, 1);
    election.adoptKey(
        Group.pointHex(PublicFiles.of(ceremony, files).electionKey().publicKey()),
        CeremonyFingerprint.of(ceremony, files).hex());
    List<BigInteger> shares = new ArrayList<>();
    for (int j = 1; j <= trustees; j++) {
      BigInteger share = BigInteger.ZERO;
      for (Polynomial p : polynomials) {
        share = share.add(p.at(j));
      }
      shares.add(share.mod(Group.ORDER));
    }
    return shares;
  }
}
