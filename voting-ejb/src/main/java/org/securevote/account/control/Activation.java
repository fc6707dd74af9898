package org.securevote.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.ActivationToken;
import org.securevote.integrity.RandomIds;
import org.securevote.integrity.Trackers;

/**
 * Issues and redeems one-time password links. Tokens have 256 random bits; only hashes are kept.
 */
@Dependent
public class Activation {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "voting.activation.hours", defaultValue = "72")
  int validHours;

  @Inject
  @ConfigProperty(name = "voting.public.url", defaultValue = "https://localhost:8081")
  String publicUrl;

  /** A new token for the account; earlier unused ones stop working. */
  public String issue(Account account) {
    invalidateOpenTokens(account.id());
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(RandomIds.bytes(32));
    em.persist(
        new ActivationToken(
            hash(token), account.id(), clock.instant().plus(Duration.ofHours(validHours))));
    return token;
  }

  /** The token's account when the token is usable now; the token is then used up. */
  public Optional<Account> redeem(String token) {
    Optional<ActivationToken> stored = stored(token).filter(t -> t.usableAt(clock.instant()));
    stored.ifPresent(t -> invalidateOpenTokens(t.accountId()));
    return stored.map(t -> em.find(Account.class, t.accountId()));
  }

  /** The stored token, usable or not; empty for a token never issued. Uses nothing up. */
  public Optional<ActivationToken> stored(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(ActivationToken.class, hash(token)));
  }

  /** Whether the token would be accepted now, for an active account. */
  public boolean usable(ActivationToken token) {
    Account account = em.find(Account.class, token.accountId());
    return token.usableAt(clock.instant()) && account != null && account.active();
  }

  /** A new token for the account (see {@link #issue}), as the link the person opens. */
  public String issueLink(Account account) {
    return pageLink("/public/activate.xhtml?token=" + issue(account));
  }

  /** The address of one of this installation's pages, as emails give it (e.g. {@code /audit/}). */
  public String pageLink(String path) {
    return publicUrl.replaceAll("/+$", "") + path;
  }

  public int validHours() {
    return validHours;
  }

  private void invalidateOpenTokens(Long accountId) {
    em.createNamedQuery(ActivationToken.OPEN_OF_ACCOUNT, ActivationToken.class)
        .setParameter("account", accountId)
        .getResultStream()
        .forEach(t -> t.use(clock.instant()));
  }

  private static String hash(String token) {
    return Trackers.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
  }
}
