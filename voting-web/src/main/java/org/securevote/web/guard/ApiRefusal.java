package org.securevote.web.guard;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.securevote.platform.Text;
import org.securevote.web.support.ViewerLanguage;

/**
 * A filter's refusal of an API call, in the API's own form ({@code {"error": "…"}}): a program
 * calling {@code /api} must never get an HTML page, least of all the server's own.
 */
final class ApiRefusal {
  private ApiRefusal() {}

  static boolean isApi(HttpServletRequest request) {
    return EndpointGroup.of(EndpointGroup.path(request)).api();
  }

  /** Answers with the text in the client's language (its Accept-Language; else English). */
  static void send(
      HttpServletRequest request, HttpServletResponse response, int status, Text message)
      throws IOException {
    send(response, status, message.in(ViewerLanguage.accepted(request)));
  }

  private static void send(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(Json.createObjectBuilder().add("error", message).build().toString());
  }
}
