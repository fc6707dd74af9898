package org.securevote.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SealingTest {
  private final byte[] key = RandomIds.bytes(32);
  private final byte[] place = "election-1/ballot-1".getBytes(StandardCharsets.UTF_8);

  @Test
  void opensWhatItSealed() {
    byte[] sealed = Sealing.seal(key, "choice".getBytes(StandardCharsets.UTF_8), place);
    assertArrayEquals("choice".getBytes(StandardCharsets.UTF_8), Sealing.open(key, sealed, place));
  }

  @Test
  void sealedBytesDoNotContainThePlaintext() {
    byte[] plaintext = "candidate-abcdef".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = Sealing.seal(key, plaintext, place);
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("candidate-abcdef"));
  }

  @Test
  void sealingTheSameValueTwiceGivesDifferentBytes() {
    byte[] plaintext = "same".getBytes(StandardCharsets.UTF_8);
    assertFalse(
        Arrays.equals(Sealing.seal(key, plaintext, place), Sealing.seal(key, plaintext, place)));
  }

  @Test
  void aFlippedBitIsDetected() {
    byte[] sealed = Sealing.seal(key, "choice".getBytes(StandardCharsets.UTF_8), place);
    sealed[sealed.length - 1] ^= 1;
    assertThrows(Sealing.TamperedException.class, () -> Sealing.open(key, sealed, place));
  }

  @Test
  void aValueMovedToAnotherPlaceIsDetected() {
    byte[] sealed = Sealing.seal(key, "choice".getBytes(StandardCharsets.UTF_8), place);
    byte[] elsewhere = "election-1/ballot-2".getBytes(StandardCharsets.UTF_8);
    assertThrows(Sealing.TamperedException.class, () -> Sealing.open(key, sealed, elsewhere));
  }

  @Test
  void theWrongKeyIsDetected() {
    byte[] sealed = Sealing.seal(key, "choice".getBytes(StandardCharsets.UTF_8), place);
    assertThrows(
        Sealing.TamperedException.class, () -> Sealing.open(RandomIds.bytes(32), sealed, place));
  }
}
