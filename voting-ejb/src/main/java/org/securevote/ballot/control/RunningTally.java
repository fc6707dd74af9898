package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import org.securevote.audit.control.HashChain;
import org.securevote.election.entity.ElectionId;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.Macs;
import org.securevote.integrity.Signing;

/**
 * An election's encrypted totals as they grow (table {@code tally_running}): each shuffle adds the
 * ballots it puts on the board, inside its own transaction and under the lock that keeps casts and
 * other shuffles of the election out, and marks them {@code summed}. The close then adds only the
 * ballots never summed instead of decoding every ballot at once. Someone who can write to the
 * database could change a summed ballot or the sums; a keyed MAC of the summed ballots and a seal
 * over the row, checked at the close by hashing (not decoding) the ballots, make the close add up
 * every ballot afresh then, as it would have without a running sum.
 */
@Dependent
public class RunningTally {
  private static final Logger LOG = Logger.getLogger(RunningTally.class.getName());
  private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);
  private static final String KEY_PURPOSE = "running-tally";

  @PersistenceContext EntityManager em;
  @Inject KeyRing keys;
  @Inject StoredBallots stored;
  @Inject HashChain chain;

  private record Row(EncryptedSum sum, BigInteger ballotsMac) {}

  /** The stored row: none, or one whose seal holds ({@code row}) or not ({@code row} null). */
  private record Kept(boolean present, Row row) {
    static final Kept NONE = new Kept(false, null);

    boolean broken() {
      return present && row == null;
    }
  }

  /** Adds shuffled ballots, each (id, tracker, content), to the election's sum. */
  void add(String electionId, int candidates, List<Object[]> ballots) {
    if (ballots.isEmpty()) {
      return;
    }
    byte[] key = keys.derivedKey(KEY_PURPOSE);
    Kept kept = kept(electionId, candidates, key);
    if (kept.broken()) {
      LOG.warning(
          () -> "The running tally of " + electionId + " is not sealed: left for the close");
      return; // re-sealing it would vouch for a change; the close adds everything up instead
    }
    Row row = kept.present() ? kept.row() : new Row(new EncryptedSum(candidates), BigInteger.ZERO);
    Mac each = Macs.hmacSha256(key);
    BigInteger mac = row.ballotsMac();
    for (Object[] ballot : ballots) {
      row.sum().add((String) ballot[0], (String) ballot[1], (String) ballot[2]);
      mac = mac.add(ballotMac(each, (String) ballot[0], (String) ballot[2])).mod(MODULUS);
    }
    String[] columns = columns(electionId, row.sum(), mac);
    em.createNativeQuery(
            "insert into tally_running (election_id, counted, rejected, a, b, ballots_mac, seal)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (election_id) do update"
                + " set counted = excluded.counted, rejected = excluded.rejected, a = excluded.a,"
                + " b = excluded.b, ballots_mac = excluded.ballots_mac, seal = excluded.seal")
        .setParameter(1, electionId)
        .setParameter(2, row.sum().counted())
        .setParameter(3, columns[0])
        .setParameter(4, columns[1])
        .setParameter(5, columns[2])
        .setParameter(6, columns[3])
        .setParameter(7, seal(key, electionId, row.sum().counted(), columns))
        .executeUpdate();
  }

  /**
   * The sum of the ballots marked summed, if it still stands for them as stored; empty when there
   * is none or it does not, and then every ballot must be added up again.
   */
  Optional<EncryptedSum> verified(String electionId, int candidates) {
    byte[] key = keys.derivedKey(KEY_PURPOSE);
    Kept kept = kept(electionId, candidates, key);
    if (kept.broken()) {
      discarded(electionId, "its row is not sealed");
    }
    if (kept.row() == null) {
      return Optional.empty();
    }
    Mac each = Macs.hmacSha256(key);
    BigInteger[] mac = {BigInteger.ZERO};
    stored.forEach(
        electionId,
        StoredBallots.Among.SUMMED,
        ballot -> mac[0] = mac[0].add(ballotMac(each, ballot.id(), ballot.content())).mod(MODULUS));
    if (!mac[0].equals(kept.row().ballotsMac())) {
      discarded(electionId, "summed ballots changed since their shuffle");
      return Optional.empty();
    }
    return Optional.of(kept.row().sum());
  }

  /** The close adds up every ballot instead: on the trail, for auditors, as well as in the log. */
  private void discarded(String electionId, String why) {
    LOG.warning(() -> "The running tally of " + electionId + " is not used (" + why + ")");
    chain.append(
        "system",
        "tally.running.discarded",
        new ElectionId(electionId).auditName(),
        why + "; every ballot added up afresh");
  }

  private Kept kept(String electionId, int candidates, byte[] key) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select counted, rejected, a, b, ballots_mac, seal from tally_running"
                    + " where election_id = ?1")
            .setParameter(1, electionId)
            .getResultList();
    if (rows.isEmpty()) {
      return Kept.NONE;
    }
    Object[] r = rows.get(0);
    int counted = ((Number) r[0]).intValue();
    String[] columns = {(String) r[1], (String) r[2], (String) r[3], (String) r[4]};
    if (!Macs.sameHex(seal(key, electionId, counted, columns), (String) r[5])) {
      return new Kept(true, null);
    }
    String[] a = columns[1].split(",", -1);
    String[] b = columns[2].split(",", -1);
    if (a.length != candidates || b.length != candidates) {
      return new Kept(true, null);
    }
    List<String> rejected = columns[0].isEmpty() ? List.of() : List.of(columns[0].split(","));
    return new Kept(
        true,
        new Row(EncryptedSum.fromHex(a, b, counted, rejected), new BigInteger(columns[3], 16)));
  }

  /** rejected, a, b, ballots_mac as stored. */
  private static String[] columns(String electionId, EncryptedSum sum, BigInteger mac) {
    return new String[] {
      String.join(",", sum.rejected()),
      String.join(",", sum.aHex()),
      String.join(",", sum.bHex()),
      mac.toString(16)
    };
  }

  private static String seal(byte[] key, String electionId, int counted, String[] columns) {
    return Macs.hmacSha256Hex(
        key, Signing.utf8(electionId + "|" + counted + "|" + String.join("|", columns)));
  }

  /**
   * One ballot's share of ballots_mac; a ballot without content (sealed scheme) differs from "".
   */
  private static BigInteger ballotMac(Mac mac, String id, String content) {
    return new BigInteger(
        1, mac.doFinal(Signing.utf8(id + (content == null ? "#" : "|" + content))));
  }
}
