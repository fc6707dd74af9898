package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.securevote.tools.crypto.Changes.ELECTION;
import static org.securevote.tools.crypto.Changes.OTHER_ELECTION;
import static org.securevote.tools.crypto.Changes.RANDOM;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ShareTransportTest {
  private final KeyPair receiver = KeyPair.generate(RANDOM);
  private final TrusteePublicKey published =
      TrusteePublicKey.publish(ELECTION, 3, receiver, RANDOM);
  private final BigInteger share = Group.randomScalar(RANDOM);
  private final SealedShare sealed = ShareTransport.seal(ELECTION, 1, published, share, RANDOM);

  @Test
  void theReceiverOpensTheShare() {
    assertEquals(share, ShareTransport.open(ELECTION, 3, receiver, sealed));
    assertEquals(48, sealed.ciphertext().length);
  }

  @Test
  void aChangedCiphertextIsRefused() {
    for (int i = 0; i < 48; i += 7) {
      byte[] changed = sealed.ciphertext();
      changed[i] ^= 1;
      SealedShare tampered = new SealedShare(1, 3, sealed.ephemeral(), changed);
      assertThrows(CryptoRefusal.class, () -> ShareTransport.open(ELECTION, 3, receiver, tampered));
    }
  }

  @Test
  void aChangedEphemeralKeyIsRefused() {
    SealedShare tampered =
        new SealedShare(1, 3, Changes.plusG(sealed.ephemeral()), sealed.ciphertext());
    assertThrows(CryptoRefusal.class, () -> ShareTransport.open(ELECTION, 3, receiver, tampered));
  }

  @Test
  void changedAssociatedDataIsRefused() {
    assertThrows(
        CryptoRefusal.class, () -> ShareTransport.open(OTHER_ELECTION, 3, receiver, sealed));
    SealedShare otherSender = new SealedShare(2, 3, sealed.ephemeral(), sealed.ciphertext());
    assertThrows(
        CryptoRefusal.class, () -> ShareTransport.open(ELECTION, 3, receiver, otherSender));
    SealedShare otherReceiver = new SealedShare(1, 4, sealed.ephemeral(), sealed.ciphertext());
    assertThrows(
        CryptoRefusal.class, () -> ShareTransport.open(ELECTION, 4, receiver, otherReceiver));
  }

  @Test
  void aShareForSomeoneElseIsRefused() {
    assertThrows(CryptoRefusal.class, () -> ShareTransport.open(ELECTION, 2, receiver, sealed));
    KeyPair other = KeyPair.generate(RANDOM);
    assertThrows(CryptoRefusal.class, () -> ShareTransport.open(ELECTION, 3, other, sealed));
  }
}
