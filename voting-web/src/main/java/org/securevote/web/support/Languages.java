package org.securevote.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The footer's language links: this page's address in each language the site speaks. */
@Named
@RequestScoped
public class Languages {
  @Inject FacesContext faces;

  /** One link: the language's own name for itself, its code, and whether the page is in it. */
  public record Link(String name, String code, String href, boolean current) {}

  public List<Link> getLinks() {
    Locale shown = faces.getViewRoot().getLocale();
    return ViewerLanguage.SPOKEN.stream()
        .map(
            l ->
                new Link(
                    capitalized(l.getDisplayLanguage(l), l),
                    l.getLanguage(),
                    address(l.getLanguage()),
                    l.getLanguage().equals(shown.getLanguage())))
        .toList();
  }

  /** The language the page is in, for {@code <html lang>}. */
  public String getCurrent() {
    return faces.getViewRoot().getLocale().getLanguage();
  }

  /**
   * This page's path and query (a postback's too: its action address names the page's parameters),
   * with {@code lang} set to the language.
   */
  private String address(String code) {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    StringJoiner query = new StringJoiner("&");
    String asked = request.getQueryString();
    if (asked != null) {
      for (String pair : asked.split("&")) {
        if (!pair.isEmpty() && !pair.split("=", 2)[0].equals(ViewerLanguage.PARAMETER)) {
          query.add(pair); // as the browser sent it, already encoded
        }
      }
    }
    query.add(ViewerLanguage.PARAMETER + "=" + code);
    return request.getRequestURI() + "?" + query;
  }

  private static String capitalized(String name, Locale locale) {
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
