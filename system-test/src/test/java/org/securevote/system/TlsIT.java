package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTTPS listener speaks TLS 1.3, and TLS 1.2 only with ECDHE key exchange and an AEAD cipher.
 * Each handshake offers exactly one protocol and suite, from a client that is allowed to offer old
 * ones, and a refusal counts only when it comes from the server (an alert or a closed connection).
 */
class TlsIT {

  @ParameterizedTest
  @CsvSource({
    "TLSv1.3, TLS_AES_128_GCM_SHA256",
    "TLSv1.3, TLS_AES_256_GCM_SHA384",
    "TLSv1.3, TLS_CHACHA20_POLY1305_SHA256",
    "TLSv1.2, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLSv1.2, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLSv1.2, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
  })
  void forwardSecretAeadSuitesAreAccepted(String protocol, String suite) throws Exception {
    assertEquals("accepted " + protocol + " " + suite, handshake(protocol, suite));
  }

  @ParameterizedTest
  @CsvSource({
    // CBC with SHA-1, and CBC at all
    "TLSv1.2, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLSv1.2, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    // no forward secrecy (RSA key exchange), and finite-field Diffie-Hellman
    "TLSv1.2, TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLSv1.2, TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLSv1.2, TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    // older protocols, even with a good suite
    "TLSv1.1, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLSv1, TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"
  })
  void otherProtocolsAndSuitesAreRefusedByTheServer(String protocol, String suite)
      throws Exception {
    String outcome = handshake(protocol, suite);

    assertTrue(
        outcome.startsWith("refused Received fatal alert")
            || outcome.startsWith("refused Remote host terminated"),
        protocol + " " + suite + ": " + outcome);
  }

  private static String handshake(String protocol, String suite) throws Exception {
    URI server = Deployed.url("/");
    Path security = Files.createTempFile("tls-probe", ".security");
    // Only what no test here offers stays disabled on the probe's side.
    Files.writeString(security, "jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, NULL, anon\n");
    try {
      String classes =
          Path.of(TlsProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toString();
      Process probe =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Djava.security.properties=" + security,
                  "-cp",
                  classes,
                  TlsProbe.class.getName(),
                  server.getHost(),
                  String.valueOf(server.getPort()),
                  protocol,
                  suite)
              .redirectErrorStream(true)
              .start();
      assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "the probe finished");
      return new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    } finally {
      deleteQuietly(security);
    }
  }

  private static void deleteQuietly(Path file) throws IOException {
    Files.deleteIfExists(file);
  }
}
