package org.securevote.access.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * Auditor tokens in the MicroProfile JWT format: an ES256 JWS with {@code iss}, {@code aud}, {@code
 * iat}, {@code exp}, {@code jti}, {@code upn} and {@code groups}. The server is both issuer and
 * verifier. Verification checks the signature (ES256 only, never {@code none}), issuer, audience,
 * expiry (no clock skew allowed) and that no token claims to live longer than a day.
 */
public final class AuditorJwt {
  public static final String ISSUER = "https://secure-vote/issuer";
  public static final String AUDIENCE = "secure-vote/api/audit";
  public static final Duration LONGEST = Duration.ofHours(24);

  private final TokenKey key;
  private final Clock clock;

  public AuditorJwt(TokenKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  /** The claims of a token, as issued or as verified. */
  public record Claims(String jti, String upn, List<String> groups, Instant expiresAt) {}

  /** Signs a token with the given claims, issued now. */
  public String issue(Claims claims) {
    JwtClaims jwt = new JwtClaims();
    jwt.setIssuer(ISSUER);
    jwt.setAudience(AUDIENCE);
    jwt.setJwtId(claims.jti());
    jwt.setSubject(claims.upn());
    jwt.setClaim("upn", claims.upn());
    jwt.setStringListClaim("groups", claims.groups());
    jwt.setIssuedAt(NumericDate.fromMilliseconds(clock.millis()));
    jwt.setExpirationTime(NumericDate.fromSeconds(claims.expiresAt().getEpochSecond()));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(jwt.toJson());
    jws.setKey(key.privateKey());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Could not sign an auditor token", e);
    }
  }

  /** The token's claims when it checks in every respect, else nothing (the reason is not told). */
  public Optional<Claims> verify(String token) {
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
            .setVerificationKey(key.publicKey())
            .setExpectedIssuer(ISSUER)
            .setExpectedAudience(AUDIENCE)
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireJwtId()
            .setMaxFutureValidityInMinutes((int) LONGEST.toMinutes())
            .setAllowedClockSkewInSeconds(0)
            .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
            .build();
    try {
      JwtClaims jwt = consumer.processToClaims(token);
      String upn = jwt.getStringClaimValue("upn");
      List<String> groups =
          jwt.hasClaim("groups") ? jwt.getStringListClaimValue("groups") : List.of();
      if (upn == null || upn.isBlank()) {
        return Optional.empty();
      }
      return Optional.of(
          new Claims(
              jwt.getJwtId(),
              upn,
              List.copyOf(groups),
              Instant.ofEpochSecond(jwt.getExpirationTime().getValue())));
    } catch (InvalidJwtException | MalformedClaimException e) {
      return Optional.empty();
    }
  }
}
