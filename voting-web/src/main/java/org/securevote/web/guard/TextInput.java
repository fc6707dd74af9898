package org.securevote.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Pattern;
import org.securevote.platform.Text;
import org.securevote.web.support.ViewerLanguage;

/**
 * Refuses form fields and query parameters holding control characters (NUL and the like, not tab or
 * line breaks) with a 400 before anything reads them: no name, title or code needs one, and
 * PostgreSQL cannot store NUL in text. Uploaded files are checked by their own parser.
 */
@WebFilter(filterName = "TextInput")
public class TextInput extends HttpFilter {
  /** Request attribute (a Text) the 400 page shows, so the refusal is explained. */
  public static final String REFUSAL = "org.securevote.refusal";

  /** No form here comes near this; the listener's own limit (2 MB) would answer with a 500. */
  static final long MAX_FORM_BYTES = 1024 * 1024;

  /**
   * The Faces servlet's multipart max-request-size in web.xml: a roll file of 16 MB and the form.
   */
  static final long MAX_UPLOAD_BYTES = 17_301_504;

  /** How much of an oversized body is read and dropped before answering. */
  private static final long DRAIN_BYTES = 64L * 1024 * 1024;

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    boolean upload = type != null && type.toLowerCase().startsWith("multipart/");
    if (request.getContentLengthLong() > (upload ? MAX_UPLOAD_BYTES : MAX_FORM_BYTES)) {
      tooLarge(request, response);
      return;
    }
    // The API takes JSON and answers a form with 415; reading that form here would only make
    // Jersey warn in the log that someone consumed it.
    boolean formToApi =
        type != null
            && type.toLowerCase().startsWith("application/x-www-form-urlencoded")
            && ApiRefusal.isApi(request);
    if (!upload && !formToApi) {
      try {
        for (String[] values : request.getParameterMap().values()) {
          for (String value : values) {
            if (CONTROL.matcher(value).find()) {
              refuse(request, response, Text.of("guard.controlCharacter"));
              return;
            }
          }
        }
      } catch (IllegalStateException e) {
        tooLarge(request, response); // a body without a length, over the listener's own limit
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * Answers 413 with a page of its own: the error page is a Faces view, which would read the
   * oversized body again. The body is read and dropped first (up to {@link #DRAIN_BYTES}): over
   * HTTP/2 a client still sending would otherwise wait for flow control instead of the answer.
   */
  private static void tooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      InputStream body = request.getInputStream();
      byte[] buffer = new byte[64 * 1024];
      long read = 0;
      for (int n; read < DRAIN_BYTES && (n = body.read(buffer)) > 0; ) {
        read += n;
      }
    } catch (IOException | IllegalStateException e) {
      // the client went away, or the body was already consumed: answer anyway
    }
    if (ApiRefusal.isApi(request)) {
      ApiRefusal.send(request, response, 413, Text.of("guard.requestTooLarge"));
      return;
    }
    Locale language = ViewerLanguage.of(request);
    response.setStatus(413);
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + language.getLanguage()
                + "\"><head><title>"
                + Text.of("guard.tooLarge.title").in(language)
                + "</title></head><body><h1>"
                + Text.of("guard.tooLarge.heading").in(language)
                + "</h1><p>"
                + Text.of("guard.tooLarge.body").in(language)
                + "</p></body></html>");
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, Text why)
      throws IOException {
    request.setAttribute(REFUSAL, why);
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }
}
