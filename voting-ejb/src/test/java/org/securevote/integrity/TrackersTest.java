package org.securevote.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrackersTest {

  @Test
  void isThreeGroupsOfFiveUnambiguousSymbols() {
    String tracker = Trackers.shortForm(RandomIds.bytes(32));
    assertTrue(
        tracker.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"),
        tracker);
  }

  @Test
  void isTheFirst75BitsOfTheDigestNotHashedAgain() {
    byte[] digest = new byte[32];
    assertEquals("00000-00000-00000", Trackers.shortForm(digest));
    digest[0] = (byte) 0b1000_0100; // symbols 1 and 2: 10000 = G, 100.. = 16 -> G
    assertEquals("GG000-00000-00000", Trackers.shortForm(digest));
    digest[9] = 0b0001_0000; // bit 75 is the first one left out
    assertEquals("GG000-00000-00000", Trackers.shortForm(digest));
    digest[9] = 0b0010_0000; // bit 74, the last symbol's lowest
    assertEquals("GG000-00000-00001", Trackers.shortForm(digest));
    assertNotEquals(Trackers.shortForm(digest), Trackers.shortForm(new byte[32]));
  }

  @Test
  void retypedTrackerIsNormalised() {
    String tracker = Trackers.shortForm(RandomIds.bytes(32));
    String sloppy = " " + tracker.toLowerCase().replace("-", " ") + " ";
    assertEquals(tracker, Trackers.normalize(sloppy));
  }

  @Test
  void lookAlikeLettersMapToDigits() {
    assertEquals("0110A-BCDEF-GH1JK", Trackers.normalize("OIL0A BCDEF GHIJK"));
  }

  @Test
  void onlyTheShapeOfATrackerIsWellFormed() {
    org.junit.jupiter.api.Assertions.assertTrue(
        Trackers.wellFormed(Trackers.shortForm(new byte[32])));
    org.junit.jupiter.api.Assertions.assertTrue(
        Trackers.wellFormed(Trackers.normalize("7kq2m xr9pa 4hcot")));
    org.junit.jupiter.api.Assertions.assertFalse(Trackers.wellFormed(Trackers.normalize("7KQ2M")));
    org.junit.jupiter.api.Assertions.assertFalse(Trackers.wellFormed("7KQ2M-XR9PA-4HC0U"));
    org.junit.jupiter.api.Assertions.assertFalse(Trackers.wellFormed(null));
  }
}
