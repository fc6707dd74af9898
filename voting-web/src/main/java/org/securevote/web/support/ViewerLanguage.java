package org.securevote.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.securevote.account.boundary.AccountLanguages;

/**
 * The language a page is shown in: the one the viewer picked (the {@code lang} parameter of the
 * footer's links, then kept in a cookie), else the first of the browser's {@code Accept-Language}
 * that the site speaks, else English.
 */
public class ViewerLanguage extends ViewHandlerWrapper {
  static final String PARAMETER = "lang";
  static final String COOKIE = "lang";

  /** The languages of the site, English first: the one every text has. */
  public static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.FRENCH);

  public ViewerLanguage(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    Optional<Locale> picked = spoken(external.getRequestParameterMap().get(PARAMETER));
    if (picked.isPresent()) {
      external.addResponseCookie(
          COOKIE,
          picked.get().getLanguage(),
          Map.of("path", cookiePath(external), "maxAge", 365 * 24 * 3600, "httpOnly", true));
      if (external.getUserPrincipal() != null) { // their mails follow their choice too
        CDI.current().select(AccountLanguages.class).get().remember(picked.get());
      }
      return picked.get();
    }
    Object cookie = external.getRequestCookieMap().get(COOKIE);
    return Optional.ofNullable(cookie)
        .flatMap(c -> spoken(((Cookie) c).getValue()))
        .orElseGet(() -> super.calculateLocale(context));
  }

  /** One of the site's languages by its code ("fr"), or none. */
  public static Optional<Locale> spoken(String code) {
    return code == null
        ? Optional.empty()
        : SPOKEN.stream().filter(l -> l.getLanguage().equals(code.strip())).findFirst();
  }

  /**
   * The first of the client's languages (its {@code Accept-Language}, in order) that the site
   * speaks, else English: the language of the API's answers.
   */
  public static Locale firstSpoken(List<Locale> accepted) {
    return accepted.stream()
        .flatMap(l -> spoken(l.getLanguage()).stream())
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  /** {@link #firstSpoken} for a request a filter answers itself; English when it names none. */
  public static Locale accepted(HttpServletRequest request) {
    // Without the header, the container's getLocales() gives the server's default locale.
    return request.getHeader("Accept-Language") == null
        ? Locale.ENGLISH
        : firstSpoken(Collections.list(request.getLocales()));
  }

  /**
   * The language of a page a filter writes itself, before Faces: the viewer's pick (the cookie),
   * else {@link #accepted}. The {@code lang} parameter is not read: that would read the body.
   */
  public static Locale of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return Arrays.stream(cookies == null ? new Cookie[0] : cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .flatMap(c -> spoken(c.getValue()).stream())
        .findFirst()
        .orElseGet(() -> accepted(request));
  }

  private static String cookiePath(ExternalContext external) {
    String path = external.getRequestContextPath();
    return path.isEmpty() ? "/" : path;
  }
}
