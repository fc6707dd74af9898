package org.securevote.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * HTTPS requests to the test server sent from a chosen loopback address (127.0.0.2, 127.0.0.3,
 * ...), so tests can play a client beside the trusted proxy, the proxy itself, or a stranger.
 * HTTP/1.0, so bodies arrive whole.
 */
final class FromAddress {
  private FromAddress() {}

  /** What came back: the status, the session cookie if one was set, and the body. */
  record Answer(int status, String sessionId, String body) {}

  /** The status code of a GET sent from {@code localAddress} with the given extra headers. */
  static int get(String localAddress, String path, Map<String, String> headers) {
    return send(localAddress, "GET", path, headers, null).status();
  }

  /** A GET with the session cookie of a signed-in {@link WebSession} and an X-Forwarded-For. */
  static int get(String localAddress, String path, WebSession session, String forwardedFor) {
    Map<String, String> headers = new LinkedHashMap<>();
    session.sessionId().ifPresent(id -> headers.put("Cookie", "JSESSIONID=" + id));
    if (forwardedFor != null) {
      headers.put("X-Forwarded-For", forwardedFor);
    }
    return get(localAddress, path, headers);
  }

  /** A sign-in form fetched through {@code proxy} for {@code client}, ready to submit. */
  record SignInForm(
      String proxy, String client, String sessionId, String action, Map<String, String> hidden) {
    Answer submit(String email, String password) {
      Map<String, String> fields = new LinkedHashMap<>(hidden);
      fields.put("signIn:email", email);
      fields.put("signIn:password", password);
      fields.put("signIn:submit", "Sign in");
      String body =
          fields.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      return send(
          proxy,
          "POST",
          action,
          Map.of(
              "X-Forwarded-For",
              client,
              "Cookie",
              "JSESSIONID=" + sessionId,
              "Content-Type",
              "application/x-www-form-urlencoded"),
          body);
    }
  }

  static SignInForm signInForm(String proxy, String client) {
    Answer page =
        send(proxy, "GET", "/public/sign-in.xhtml", Map.of("X-Forwarded-For", client), null);
    Element form = Jsoup.parse(page.body()).getElementById("signIn");
    Map<String, String> hidden = new LinkedHashMap<>();
    for (Element input : form.select("input[type=hidden]")) {
      hidden.put(input.attr("name"), input.attr("value"));
    }
    return new SignInForm(proxy, client, page.sessionId(), form.attr("action"), hidden);
  }

  private static Answer send(
      String localAddress, String method, String path, Map<String, String> headers, String body) {
    URI uri = Deployed.url(path);
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request =
        new StringBuilder(method + " " + uri.getRawPath() + " HTTP/1.0\r\n")
            .append("Host: localhost:")
            .append(uri.getPort())
            .append("\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket =
        TestTls.trustingTheTestServer()
            .getSocketFactory()
            .createSocket(
                InetAddress.getByName(uri.getHost()),
                uri.getPort(),
                InetAddress.getByName(localAddress),
                0)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int headerEnd = response.indexOf("\r\n\r\n");
      String head = response.substring(0, headerEnd);
      Matcher cookie = Pattern.compile("(?im)^Set-Cookie: JSESSIONID=([^;]+)").matcher(head);
      return new Answer(
          Integer.parseInt(head.split(" ")[1]),
          cookie.find() ? cookie.group(1) : null,
          response.substring(headerEnd + 4));
    } catch (IOException e) {
      throw new IllegalStateException("Request from " + localAddress + " failed", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
