package org.securevote.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.bouncycastle.crypto.CryptoServicesRegistrar;

/**
 * Bouncy Castle blinds every point normalisation (each proof check of a cast makes many) with
 * randomness from its registrar: by default a {@code new SecureRandom()} per thread, which on Linux
 * is a NativePRNG, and all NativePRNGs draw through one JVM-wide lock. Profiling casts showed 15%
 * of long monitor waits there. A DRBG per thread has its own state and lock.
 */
@ApplicationScoped
public class BlindingRandomness {
  private static final ThreadLocal<SecureRandom> PER_THREAD =
      ThreadLocal.withInitial(BlindingRandomness::drbg);

  void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
    CryptoServicesRegistrar.setSecureRandomProvider(PER_THREAD::get);
  }

  private static SecureRandom drbg() {
    try {
      return SecureRandom.getInstance("DRBG"); // seeded from the system's entropy source
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java has no DRBG", e);
    }
  }
}
