package org.securevote.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
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

  private static String cookiePath(ExternalContext external) {
    String path = external.getRequestContextPath();
    return path.isEmpty() ? "/" : path;
  }
}
