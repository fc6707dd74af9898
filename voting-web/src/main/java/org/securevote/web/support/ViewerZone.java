package org.securevote.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The viewer's time zone, which {@code resources/js/timezone.js} puts in a cookie, URL-encoded as
 * {@code Europe%2FBerlin}; UTC until it has. Pages show instants and read date-time fields in this
 * zone, and name it.
 */
@Named
@RequestScoped
public class ViewerZone {
  static final String COOKIE = "tz";
  static final ZoneId UTC = ZoneId.of("UTC");
  private static final String SHOWN = "EEE d MMM yyyy, HH:mm";
  private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Inject FacesContext faces;
  private ZoneId zone;

  public ViewerZone() {}

  ViewerZone(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId getZone() {
    if (zone == null) {
      Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
      zone =
          Optional.ofNullable(cookie)
              .map(c -> ((Cookie) c).getValue())
              .flatMap(ViewerZone::parseZone)
              .orElse(UTC);
    }
    return zone;
  }

  public String getName() {
    return getZone().getId();
  }

  /** e.g. "Wed 25 Nov 2026, 14:30", or "mer. 25 nov. 2026, 14:30" on a page in French. */
  public String show(Instant instant) {
    return instant == null ? "" : shown(language()).format(instant.atZone(getZone()));
  }

  static DateTimeFormatter shown(Locale language) {
    return DateTimeFormatter.ofPattern(SHOWN, language);
  }

  private Locale language() {
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }

  /** The value for an {@code <input type="datetime-local">}. */
  public String field(Instant instant) {
    return instant == null ? "" : FIELD.format(instant.atZone(getZone()));
  }

  /** Reads a datetime-local value in the viewer's zone; empty when it is not one. */
  public Optional<Instant> parse(String local) {
    if (local == null || local.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(local.strip()).atZone(getZone()).toInstant());
    } catch (DateTimeException e) { // not a date and time, or beyond what an instant holds
      return Optional.empty();
    }
  }

  /** The zone a cookie value names, URL-encoded or not; empty when it names none. */
  static Optional<ZoneId> parseZone(String cookie) {
    if (cookie == null || cookie.length() > 64) {
      return Optional.empty();
    }
    try {
      String id =
          cookie.indexOf('%') >= 0 ? URLDecoder.decode(cookie, StandardCharsets.UTF_8) : cookie;
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
