package org.securevote.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewerZoneTest {
  @Test
  void readsTheZoneAsTheBrowserEncodesIt() {
    assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), ViewerZone.parseZone("Europe%2FBerlin"));
    assertEquals(
        Optional.of(ZoneId.of("America/New_York")), ViewerZone.parseZone("America%2FNew_York"));
    assertEquals(Optional.of(ZoneId.of("Etc/GMT+5")), ViewerZone.parseZone("Etc%2FGMT%2B5"));
    assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), ViewerZone.parseZone("Asia/Tokyo"));
  }

  @Test
  void refusesWhatNamesNoZone() {
    assertTrue(ViewerZone.parseZone("Mars%2FOlympus").isEmpty());
    assertTrue(ViewerZone.parseZone("%zz").isEmpty());
    assertTrue(ViewerZone.parseZone("x".repeat(65)).isEmpty());
  }

  @Test
  void typedTimesAreReadInTheZoneEastAndWestOfUtc() {
    assertEquals(
        Instant.parse("2031-01-15T09:00:00Z"),
        new ViewerZone(ZoneId.of("Europe/Berlin")).parse("2031-01-15T10:00").orElseThrow());
    assertEquals(
        Instant.parse("2031-01-15T15:00:00Z"),
        new ViewerZone(ZoneId.of("America/New_York")).parse("2031-01-15T10:00").orElseThrow());
  }

  @Test
  void timesAreShownInTheZone() {
    Instant instant = Instant.parse("2031-07-01T12:00:00Z");
    assertEquals("Tue 1 Jul 2031, 14:00", new ViewerZone(ZoneId.of("Europe/Berlin")).show(instant));
    assertEquals("2031-07-01T08:00", new ViewerZone(ZoneId.of("America/New_York")).field(instant));
  }

  @Test
  void aPageInFrenchShowsTimesInFrench() {
    Instant instant = Instant.parse("2031-07-01T12:00:00Z");
    assertEquals(
        "mar. 1 juil. 2031, 14:00",
        ViewerZone.shown(java.util.Locale.FRENCH)
            .format(instant.atZone(ZoneId.of("Europe/Paris"))));
  }

  @Test
  void anUnknownZoneIsNamedUtc() {
    assertEquals("UTC", new ViewerZone(ViewerZone.UTC).getName());
  }

  @Test
  void whatIsNoDateAndTimeIsEmpty() {
    ViewerZone berlin = new ViewerZone(ZoneId.of("Europe/Berlin"));
    assertTrue(berlin.parse("tomorrow").isEmpty());
    assertTrue(berlin.parse("2031-02-30T10:00").isEmpty());
  }
}
