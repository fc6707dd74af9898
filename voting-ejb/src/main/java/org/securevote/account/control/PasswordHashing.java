package org.securevote.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords in the format the platform's database identity store verifies. The stored hash
 * names its algorithm and iterations, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {
  /** Parameters for {@code @DatabaseIdentityStoreDefinition(hashAlgorithmParameters = …)}. */
  public static final String ALGORITHM_PARAMETER =
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";

  public static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String SALT_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", value(ALGORITHM_PARAMETER),
            "Pbkdf2PasswordHash.Iterations", value(ITERATIONS_PARAMETER),
            "Pbkdf2PasswordHash.SaltSizeBytes", value(SALT_PARAMETER)));
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String hash) {
    return pbkdf2.verify(password, hash);
  }

  private static String value(String parameter) {
    return parameter.substring(parameter.indexOf('=') + 1);
  }
}
