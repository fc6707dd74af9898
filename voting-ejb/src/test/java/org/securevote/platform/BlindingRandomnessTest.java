package org.securevote.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import org.bouncycastle.crypto.CryptoServicesRegistrar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlindingRandomnessTest {
  @AfterEach
  void restoreBouncyCastlesDefault() {
    CryptoServicesRegistrar.setSecureRandomProvider(null);
  }

  @Test
  void eachThreadBlindsWithItsOwnDrbg() throws Exception {
    new BlindingRandomness().install(new Object());

    SecureRandom here = CryptoServicesRegistrar.getSecureRandom();
    SecureRandom elsewhere =
        CompletableFuture.supplyAsync(CryptoServicesRegistrar::getSecureRandom).get();

    assertEquals("DRBG", here.getAlgorithm());
    assertEquals("DRBG", elsewhere.getAlgorithm());
    assertSame(here, CryptoServicesRegistrar.getSecureRandom(), "a new one on every call");
    assertNotSame(here, elsewhere, "two threads share one");
  }
}
