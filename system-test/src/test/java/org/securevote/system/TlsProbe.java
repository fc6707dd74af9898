package org.securevote.system;

import java.io.IOException;
import javax.net.ssl.SSLSocket;

/**
 * One TLS handshake offering a single protocol and cipher suite: prints {@code accepted <protocol>
 * <suite>} or {@code refused <reason>}. {@link TlsIT} runs it in its own JVM whose client may offer
 * the old protocols and suites that the JDK's defaults no longer send.
 */
final class TlsProbe {
  private TlsProbe() {}

  public static void main(String[] args) throws IOException {
    String host = args[0];
    int port = Integer.parseInt(args[1]);
    try (SSLSocket socket =
        (SSLSocket) TestTls.trustingTheTestServer().getSocketFactory().createSocket(host, port)) {
      socket.setSoTimeout(20_000);
      socket.setEnabledProtocols(new String[] {args[2]});
      socket.setEnabledCipherSuites(new String[] {args[3]});
      socket.startHandshake();
      System.out.println(
          "accepted "
              + socket.getSession().getProtocol()
              + " "
              + socket.getSession().getCipherSuite());
    } catch (javax.net.ssl.SSLException e) {
      System.out.println("refused " + e.getMessage());
    }
  }
}
