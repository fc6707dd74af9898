package org.securevote.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class AuditorJwtTest {
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final TokenKey KEY = TokenKey.fromSecret(secret(1));
  private static final AuditorJwt AT_NOW = new AuditorJwt(KEY, Clock.fixed(NOW, ZoneOffset.UTC));
  private static final AuditorJwt.Claims CLAIMS =
      new AuditorJwt.Claims(
          "jti-1", "auditor@example.org", List.of("AUDITOR"), NOW.plus(Duration.ofHours(1)));

  private static byte[] secret(int fill) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) fill);
    return secret;
  }

  @Test
  void aTokenItIssuedVerifiesWithItsClaims() {
    assertEquals(Optional.of(CLAIMS), AT_NOW.verify(AT_NOW.issue(CLAIMS)));
  }

  @Test
  void theSameSecretGivesTheSameKey() {
    assertEquals(KEY.publicKey(), TokenKey.fromSecret(secret(1)).publicKey());
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = AT_NOW.issue(CLAIMS);
    AuditorJwt later =
        new AuditorJwt(KEY, Clock.fixed(CLAIMS.expiresAt().plusSeconds(1), ZoneOffset.UTC));
    assertTrue(later.verify(token).isEmpty());
  }

  @Test
  void aTokenLivingLongerThanADayIsRefused() {
    String token =
        AT_NOW.issue(
            new AuditorJwt.Claims(
                "jti-2", "a@example.org", List.of("AUDITOR"), NOW.plus(Duration.ofHours(25))));
    assertTrue(AT_NOW.verify(token).isEmpty());
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    AuditorJwt other =
        new AuditorJwt(TokenKey.fromSecret(secret(2)), Clock.fixed(NOW, ZoneOffset.UTC));
    assertTrue(AT_NOW.verify(other.issue(CLAIMS)).isEmpty());
  }

  @Test
  void aTamperedPayloadIsRefused() {
    String[] parts = AT_NOW.issue(CLAIMS).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("auditor@example.org", "admin@example.org");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertTrue(AT_NOW.verify(tampered).isEmpty());
  }

  @Test
  void anotherIssuerOrAudienceIsRefused() {
    assertTrue(AT_NOW.verify(signed(c -> c.setIssuer("https://elsewhere"))).isEmpty());
    assertTrue(AT_NOW.verify(signed(c -> c.setAudience("another-api"))).isEmpty());
    assertTrue(AT_NOW.verify(signed(c -> {})).isPresent(), "the crafted token itself is valid");
  }

  @Test
  void anUnsignedTokenIsRefused() {
    JwtClaims claims = claims();
    JsonWebSignature none = new JsonWebSignature();
    none.setPayload(claims.toJson());
    none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
    assertTrue(AT_NOW.verify(serialize(none)).isEmpty());
  }

  @Test
  void garbageIsRefused() {
    assertTrue(AT_NOW.verify("").isEmpty());
    assertTrue(AT_NOW.verify("not.a.token").isEmpty());
  }

  private static JwtClaims claims() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(AuditorJwt.ISSUER);
    claims.setAudience(AuditorJwt.AUDIENCE);
    claims.setJwtId("jti-3");
    claims.setClaim("upn", "auditor@example.org");
    claims.setStringListClaim("groups", "AUDITOR");
    claims.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond()));
    claims.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 600));
    return claims;
  }

  private static String signed(java.util.function.Consumer<JwtClaims> change) {
    JwtClaims claims = claims();
    change.accept(claims);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(KEY.privateKey());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    return serialize(jws);
  }

  private static String serialize(JsonWebSignature jws) {
    try {
      return jws.getCompactSerialization();
    } catch (org.jose4j.lang.JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
