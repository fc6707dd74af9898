package org.securevote.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrackersTest {

  @Test
  void isThreeGroupsOfFiveUnambiguousSymbols() {
    String tracker = Trackers.of(RandomIds.bytes(64));
    assertTrue(
        tracker.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"),
        tracker);
  }

  @Test
  void isDerivedFromTheSealedBallot() {
    byte[] sealed = RandomIds.bytes(64);
    String tracker = Trackers.of(sealed);
    assertEquals(tracker, Trackers.of(sealed.clone()));
    sealed[0] ^= 1;
    assertNotEquals(tracker, Trackers.of(sealed));
  }

  @Test
  void retypedTrackerIsNormalised() {
    String tracker = Trackers.of(RandomIds.bytes(64));
    String sloppy = " " + tracker.toLowerCase().replace("-", " ") + " ";
    assertEquals(tracker, Trackers.normalize(sloppy));
  }

  @Test
  void lookAlikeLettersMapToDigits() {
    assertEquals("0110A-BCDEF-GH1JK", Trackers.normalize("OIL0A BCDEF GHIJK"));
  }

  @Test
  void onlyTheShapeOfATrackerIsWellFormed() {
    org.junit.jupiter.api.Assertions.assertTrue(Trackers.wellFormed(Trackers.of(new byte[] {1})));
    org.junit.jupiter.api.Assertions.assertTrue(
        Trackers.wellFormed(Trackers.normalize("7kq2m xr9pa 4hcot")));
    org.junit.jupiter.api.Assertions.assertFalse(Trackers.wellFormed(Trackers.normalize("7KQ2M")));
    org.junit.jupiter.api.Assertions.assertFalse(Trackers.wellFormed("7KQ2M-XR9PA-4HC0U"));
    org.junit.jupiter.api.Assertions.assertFalse(Trackers.wellFormed(null));
  }
}
