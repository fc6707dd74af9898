package org.securevote.access.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.securevote.integrity.Macs;

/**
 * Auditor tokens signed with the test server's own key (derived from the test domain's master key
 * as the server derives it), with one claim changed: they fail for that claim alone.
 */
public final class ForgedTokens {
  private ForgedTokens() {}

  /** A token for {@code jti} and {@code upn} valid in every respect until {@code change}s it. */
  public static String signed(
      String masterKeyBase64, String jti, String upn, Consumer<JwtClaims> change) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(AuditorJwt.ISSUER);
    claims.setAudience(AuditorJwt.AUDIENCE);
    claims.setJwtId(jti);
    claims.setSubject(upn);
    claims.setClaim("upn", upn);
    claims.setStringListClaim("groups", List.of("AUDITOR"));
    long now = Instant.now().getEpochSecond();
    claims.setIssuedAt(NumericDate.fromSeconds(now - 5));
    claims.setExpirationTime(NumericDate.fromSeconds(now + 600));
    change.accept(claims);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key(masterKeyBase64).privateKey());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TokenKey key(String masterKeyBase64) {
    byte[] master = Base64.getDecoder().decode(masterKeyBase64.strip());
    return TokenKey.fromSecret(
        Macs.hmacSha256(master, "audit-token".getBytes(StandardCharsets.UTF_8)));
  }
}
