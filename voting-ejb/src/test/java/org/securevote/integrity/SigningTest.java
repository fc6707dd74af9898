package org.securevote.integrity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SigningTest {
  private final Signing server = Signing.fromSeed(RandomIds.bytes(32));

  @Test
  void verifiesItsOwnSignatureWithThePublicKeyAlone() {
    byte[] signature = server.sign(Signing.utf8("election"), Signing.utf8("ballot"));
    assertTrue(
        Signing.verify(
            server.publicKey(), signature, Signing.utf8("election"), Signing.utf8("ballot")));
  }

  @Test
  void rejectsASignatureOverOtherContent() {
    byte[] signature = server.sign(Signing.utf8("election"), Signing.utf8("ballot"));
    assertFalse(
        Signing.verify(
            server.publicKey(), signature, Signing.utf8("election"), Signing.utf8("ballot2")));
  }

  @Test
  void partBoundariesMatter() {
    byte[] signature = server.sign(Signing.utf8("ab"), Signing.utf8("c"));
    assertFalse(
        Signing.verify(server.publicKey(), signature, Signing.utf8("a"), Signing.utf8("bc")));
  }

  @Test
  void rejectsAnotherServersSignature() {
    Signing other = Signing.fromSeed(RandomIds.bytes(32));
    byte[] signature = other.sign(Signing.utf8("x"));
    assertFalse(Signing.verify(server.publicKey(), signature, Signing.utf8("x")));
  }
}
