package org.securevote.access.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.securevote.access.control.AuditorJwt;
import org.securevote.access.control.TokenKey;
import org.securevote.access.entity.AuditorToken;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.audit.control.Audited;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.RandomIds;
import org.securevote.platform.DisplayText;
import org.securevote.platform.Refusal.Kind;
import org.securevote.platform.Text;

/**
 * Auditor tokens for machine clients of {@code /api/audit/**}: admins issue (shown once), list and
 * revoke them; every API call is checked here, the token's id against this table included, so a
 * revoked token is refused on its next call.
 */
@Stateless
public class AuditorTokens {
  /** The signing key's purpose name, from which KeyRing derives it. */
  static final String KEY_PURPOSE = "audit-token";

  @PersistenceContext EntityManager em;
  @Inject KeyRing keys;
  @Inject Clock clock;
  @Resource SessionContext session;

  @RolesAllowed(ADMIN)
  @Audited("auditor-token.issue")
  public IssuedToken issue(
      @NotNull(message = "{token.auditorMissing}") String auditorEmail,
      @NotNull(message = "{token.labelMissing}")
          @Size(min = 1, max = 100, message = "{token.labelLength}")
          @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{token.labelBidi}")
          String label,
      @NotNull Duration validFor) {
    if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(AuditorJwt.LONGEST) > 0) {
      throw new TokenRefused(Kind.INVALID, Text.of("token.lifetime"));
    }
    if (label.isBlank()) {
      throw new TokenRefused(Kind.INVALID, Text.of("token.labelMissing"));
    }
    Account auditor =
        em.createNamedQuery(Account.BY_EMAIL, Account.class)
            .setParameter("email", auditorEmail.strip().toLowerCase(Locale.ROOT))
            .getResultStream()
            .filter(a -> a.active() && a.roles().contains(Role.AUDITOR))
            .findFirst()
            .orElseThrow(
                () -> new TokenRefused(Kind.INVALID, Text.of("token.noAuditor", auditorEmail)));
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // JWT times are in seconds
    String jti = HexFormat.of().formatHex(RandomIds.bytes(16));
    AuditorToken token =
        new AuditorToken(
            jti,
            label.strip(),
            auditor,
            List.of(AUDITOR),
            session.getCallerPrincipal().getName(),
            now,
            now.plus(validFor));
    em.persist(token);
    String value =
        jwt().issue(new AuditorJwt.Claims(jti, auditor.email(), token.groups(), token.expiresAt()));
    return new IssuedToken(TokenSummary.of(token), value);
  }

  /** Every token issued, newest first. */
  @RolesAllowed(ADMIN)
  public List<TokenSummary> tokens() {
    return em.createNamedQuery(AuditorToken.NEWEST_FIRST, AuditorToken.class)
        .setMaxResults(500)
        .getResultStream()
        .map(TokenSummary::of)
        .toList();
  }

  /** The active auditors a token can be issued for, by sign-in name. */
  @RolesAllowed(ADMIN)
  public List<String> auditors() {
    return em.createNamedQuery(Account.STAFF, Account.class)
        .setParameter("voter", Role.VOTER)
        .getResultStream()
        .filter(a -> a.active() && a.roles().contains(Role.AUDITOR))
        .map(Account::email)
        .toList();
  }

  @RolesAllowed(ADMIN)
  @Audited("auditor-token.revoke")
  public TokenSummary revoke(@NotNull String jti) {
    AuditorToken token = em.find(AuditorToken.class, jti);
    if (token == null) {
      throw new TokenRefused(Kind.NOT_FOUND, Text.of("token.none"));
    }
    token.revoke(clock.instant());
    return TokenSummary.of(token);
  }

  /**
   * Whom a bearer token lets a call act as: nothing unless its signature and claims check and its
   * record is neither revoked nor expired and its auditor's account is still active. Called before
   * the caller is known, hence open to all.
   */
  @PermitAll
  public Optional<TokenCaller> caller(@NotNull String bearer) {
    Instant now = clock.instant();
    return jwt()
        .verify(bearer)
        .filter(
            claims -> {
              AuditorToken token = em.find(AuditorToken.class, claims.jti());
              return token != null
                  && token.usableAt(now)
                  && token.account().email().equals(claims.upn());
            })
        .map(claims -> new TokenCaller(claims.upn(), Set.copyOf(claims.groups())));
  }

  private AuditorJwt jwt() {
    return new AuditorJwt(TokenKey.fromSecret(keys.derivedKey(KEY_PURPOSE)), clock);
  }
}
