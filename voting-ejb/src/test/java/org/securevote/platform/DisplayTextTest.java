package org.securevote.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
  @Test
  void bidiOverridesAndIsolatesAreFound() {
    assertTrue(DisplayText.hasBidiControls("Ada \u202Eecalevol"));
    assertTrue(DisplayText.hasBidiControls("\u2066Grace\u2069"));
    assertFalse(DisplayText.hasBidiControls("Ada Lovelace"));
    assertFalse(DisplayText.hasBidiControls("\u05D0\u05D3\u05D4 and Ada")); // Hebrew is fine
    assertFalse(DisplayText.hasBidiControls(null));
  }

  @Test
  void namesCompareAsTheyRead() {
    assertEquals("ada lovelace", DisplayText.comparable("  Ada \u200B Lovelace\u00A0"));
    assertEquals("ada", DisplayText.comparable("\uFF21\uFF44\uFF41"));
    assertEquals("", DisplayText.comparable(null));
  }

  @Test
  void refusedTextIsShownWithItsInvisibleCharactersWrittenOut() {
    assertEquals("X-<U+202E>evil", DisplayText.visible("X-\u202Eevil"));
    assertEquals("a<U+200B>b", DisplayText.visible("a\u200Bb"));
    assertEquals("Ada \u05D0", DisplayText.visible("Ada \u05D0"));
    assertEquals("", DisplayText.visible(null));
  }
}
