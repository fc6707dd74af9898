package org.securevote.ballot.boundary;

import static org.securevote.account.entity.Role.Names.TRUSTEE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import org.securevote.account.entity.Account;
import org.securevote.audit.control.Audited;
import org.securevote.ballot.control.StoredBallots;
import org.securevote.ballot.control.Tally;
import org.securevote.ballot.entity.TallyReport;
import org.securevote.ballot.entity.TrusteeDecryption;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.platform.Refusal.Kind;
import org.securevote.platform.Text;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.format.FormatRefusal;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PartialsFile;
import org.securevote.trustee.control.PublishedKey;
import org.securevote.trustee.control.PublishedKeys;
import org.securevote.trustee.entity.Trustee;

/**
 * Where trustees decrypt: after closing, trustee j downloads the election's ballots (BALLOTS.json),
 * runs {@code trustee decrypt} on its own machine and sends back its partial decryptions of each
 * candidate's total. Each file is checked whole against the stored totals and kept only if every
 * proof holds; once k trustees' files are in, the tally combines them into the counts. Only the
 * sums are ever decrypted.
 */
@Stateless
@RolesAllowed(TRUSTEE)
public class Decryptions {
  @PersistenceContext EntityManager em;
  @Inject Principal caller;
  @Inject PublishedKeys keys;
  @Inject StoredBallots stored;
  @Inject Tally tally;

  /** The elections in which the caller is a trustee, newest first, with their decryption state. */
  public List<DecryptionState> mine() {
    Account account = callerAccount();
    if (account == null) {
      return List.of();
    }
    return em.createQuery("select t from Trustee t where t.accountId = :account", Trustee.class)
        .setParameter("account", account.id())
        .getResultStream()
        .map(t -> em.find(Election.class, t.electionId()))
        .filter(e -> e.status() != ElectionStatus.DRAFT)
        .sorted((a, b) -> b.opensAt().compareTo(a.opensAt()))
        .map(e -> state(e, seat(e).index()))
        .toList();
  }

  public DecryptionState state(@NotNull ElectionId id) {
    Election e = election(id);
    return state(e, seat(e).index());
  }

  /** The header of BALLOTS.json: election, key, fingerprint, candidates. */
  public BallotsHead ballotsHead(@NotNull ElectionId id) {
    Election e = closedElection(id);
    PublishedKey key = key(e);
    return new BallotsHead(
        e.id().value(),
        e.publicKey().orElseThrow(),
        key.fingerprint().hex(),
        e.candidates().stream().map(c -> c.ballotName()).toList(),
        e.choiceBounds().min(),
        e.choiceBounds().max(),
        ElectionRecords.questions(e));
  }

  /** A page of the ballots the tally added up, in the record's (tracker) order. */
  public PostedBallot.Page ballots(@NotNull ElectionId id, @NotNull String after) {
    return PostedBallot.Page.of(stored.counted(closedElection(id).id().value(), after));
  }

  /**
   * Checks trustee j's partial decryptions file (securevote/partial-decryptions/v1) whole: this
   * election, j the caller, one entry per candidate in the ballot's order and by name, each proof
   * against K_j and that candidate's stored encrypted total. Keeps it only then, and decrypts the
   * results once k trustees' files are in.
   */
  @Audited("tally.partial-decryption")
  public DecryptionState submit(@NotNull ElectionId id, @NotNull String partialsFile) {
    Election e = election(id);
    int j = seat(e).index();
    if (!e.awaitingTrustees()) {
      throw new DecryptionRefused(
          Kind.CONFLICT,
          e.tallyDigest().isPresent()
              ? Text.of("decryption.alreadyDecrypted")
              : Text.of("decryption.notClosed"));
    }
    if (em.find(TrusteeDecryption.class, new TrusteeDecryption.Key(e.id().value(), j)) != null) {
      throw new DecryptionRefused(Kind.CONFLICT, Text.of("decryption.alreadySent"));
    }
    PublishedKey key = key(e);
    List<Ciphertext> totals = tally.totals(e);
    PartialsFile file = parse(partialsFile);
    check(e, j, key, totals, file);
    em.persist(new TrusteeDecryption(e.id().value(), j, JsonFiles.text(file.toJson())));
    em.flush();
    tally.decryptWhenReady(e, key);
    return state(e, j);
  }

  private static PartialsFile parse(String text) {
    try {
      return PartialsFile.fromJson(JsonFiles.parse(text, "the partial decryptions file"));
    } catch (FormatRefusal | IllegalArgumentException refused) {
      throw new DecryptionRefused(
          Kind.INVALID, Text.of("decryption.fileRefused", refused.getMessage()));
    }
  }

  private static void check(
      Election e, int j, PublishedKey key, List<Ciphertext> totals, PartialsFile file) {
    if (!file.electionId().equals(e.id().value())) {
      throw invalid(Text.of("decryption.otherElection", file.electionId()));
    }
    if (file.trustee() != j) {
      throw invalid(Text.of("decryption.otherTrustee", file.trustee(), j));
    }
    List<String> names = e.candidates().stream().map(c -> c.ballotName()).toList();
    if (!file.candidates().equals(names)) {
      throw invalid(
          Text.of(
              "decryption.candidates",
              String.join(", ", names),
              String.join(", ", file.candidates())));
    }
    for (int i = 0; i < totals.size(); i++) {
      PartialDecryption partial = file.partials().get(i);
      if (!partial.verify(key.key(), totals.get(i))) {
        throw invalid(Text.of("decryption.proofFails", names.get(i)));
      }
    }
  }

  private static DecryptionRefused invalid(Text why) {
    return new DecryptionRefused(Kind.INVALID, Text.of("decryption.refused", why));
  }

  private DecryptionState state(Election e, int trustee) {
    TallyReport report = em.find(TallyReport.class, e.id().value());
    boolean closed = e.status() == ElectionStatus.CLOSED || e.status() == ElectionStatus.PUBLISHED;
    return new DecryptionState(
        e.id().value(),
        e.title(),
        e.stage(),
        closed && report != null,
        trustee,
        e.trusteeCount().orElse(0),
        e.threshold().orElse(0),
        report == null ? 0 : report.counted(),
        em.createNamedQuery(TrusteeDecryption.OF_ELECTION, TrusteeDecryption.class)
            .setParameter("election", e.id().value())
            .getResultStream()
            .map(TrusteeDecryption::trusteeIndex)
            .toList(),
        e.tallyDigest().isPresent());
  }

  private Election closedElection(ElectionId id) {
    Election e = election(id);
    seat(e);
    if (e.status() != ElectionStatus.CLOSED && e.status() != ElectionStatus.PUBLISHED
        || em.find(TallyReport.class, e.id().value()) == null) {
      throw new DecryptionRefused(Kind.CONFLICT, Text.of("decryption.notAddedUp"));
    }
    return e;
  }

  private Election election(ElectionId id) {
    Election e = em.find(Election.class, id.value());
    if (e == null || e.status() == ElectionStatus.DRAFT) {
      throw new NoSuchElection();
    }
    return e;
  }

  /** The caller's seat among the election's trustees; refused for anyone else. */
  private Trustee seat(Election e) {
    Account account = callerAccount();
    return em.createNamedQuery(Trustee.OF_ELECTION, Trustee.class)
        .setParameter("election", e.id().value())
        .getResultStream()
        .filter(t -> account != null && t.accountId() == account.id())
        .findFirst()
        .orElseThrow(
            () ->
                new DecryptionRefused(
                    Kind.NOT_ALLOWED, Text.of("decryption.notTrustee", e.title())));
  }

  private PublishedKey key(Election e) {
    return keys.of(e.id().value())
        .orElseThrow(() -> new DecryptionRefused(Kind.CONFLICT, Text.of("decryption.noKey")));
  }

  private Account callerAccount() {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", caller.getName())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
