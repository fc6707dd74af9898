package org.securevote.trustee.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securevote.account.entity.Account;
import org.securevote.election.entity.Election;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.trustee.control.CeremonyLedger;
import org.securevote.trustee.entity.CeremonyShare;
import org.securevote.trustee.entity.Trustee;

/** Builds the view of a ceremony that admins and trustees read (no secrets, only progress). */
@Dependent
public class CeremonyStandings {
  @PersistenceContext EntityManager em;
  @Inject CeremonyLedger ledger;

  public CeremonyStanding of(Election election) {
    String id = election.id().value();
    int n = election.trusteeCount().orElse(0);
    List<CeremonyShare> shares = ledger.shares(id);
    List<TrusteeStanding> seats = new ArrayList<>();
    for (Trustee t : ledger.trustees(id)) {
      Account account = em.find(Account.class, t.accountId());
      seats.add(
          new TrusteeStanding(
              t.index(),
              account.displayName(),
              account.email(),
              t.publicFile().isPresent(),
              (int) shares.stream().filter(s -> s.from() == t.index()).count(),
              (int) shares.stream().filter(s -> s.to() == t.index()).count(),
              n - 1,
              t.confirmed(),
              t.accused().orElse(null),
              t.complaint().orElse(null)));
    }
    Optional<String> fingerprint =
        election.fingerprint().or(() -> ledger.fingerprint(election).map(CeremonyFingerprint::hex));
    return new CeremonyStanding(
        id,
        election.title(),
        election.status().name().toLowerCase(java.util.Locale.ROOT),
        n,
        election.threshold().orElse(0),
        seats,
        fingerprint.orElse(null),
        election.publicKey().orElse(null));
  }
}
