package org.securevote.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTPS request to the test server sent from a chosen loopback address (127.0.0.2, 127.0.0.3,
 * ...), so tests can play a client beside the trusted proxy, the proxy itself, or a stranger.
 */
final class FromAddress {
  private FromAddress() {}

  /** The status code of a GET sent from {@code localAddress} with the given extra headers. */
  static int get(String localAddress, String path, Map<String, String> headers) {
    URI uri = Deployed.url(path);
    StringBuilder request =
        new StringBuilder("GET " + uri.getRawPath() + " HTTP/1.1\r\n")
            .append("Host: localhost:")
            .append(uri.getPort())
            .append("\r\nConnection: close\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
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
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      String statusLine = response.substring(0, response.indexOf("\r\n"));
      return Integer.parseInt(statusLine.split(" ")[1]);
    } catch (IOException e) {
      throw new IllegalStateException("Request from " + localAddress + " failed", e);
    }
  }

  /** A GET with the session cookie of a signed-in {@link WebSession} and an X-Forwarded-For. */
  static int get(String localAddress, String path, WebSession session, String forwardedFor) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    session.sessionId().ifPresent(id -> headers.put("Cookie", "JSESSIONID=" + id));
    if (forwardedFor != null) {
      headers.put("X-Forwarded-For", forwardedFor);
    }
    return get(localAddress, path, headers);
  }
}
