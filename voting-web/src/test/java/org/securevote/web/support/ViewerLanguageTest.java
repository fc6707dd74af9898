package org.securevote.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The API's language: the first of the client's Accept-Language the site speaks, else English. */
class ViewerLanguageTest {
  @Test
  void theFirstLanguageTheSiteSpeaksWins() {
    assertEquals(
        Locale.FRENCH,
        ViewerLanguage.firstSpoken(List.of(Locale.GERMAN, Locale.forLanguageTag("fr-CH"))));
    assertEquals(Locale.ENGLISH, ViewerLanguage.firstSpoken(List.of(Locale.US, Locale.FRENCH)));
  }

  @Test
  void englishWhenTheClientNamesNoneTheSiteSpeaks() {
    assertEquals(Locale.ENGLISH, ViewerLanguage.firstSpoken(List.of()));
    assertEquals(Locale.ENGLISH, ViewerLanguage.firstSpoken(List.of(Locale.GERMAN)));
    assertEquals(Locale.ENGLISH, ViewerLanguage.firstSpoken(List.of(new Locale("*"))));
  }
}
