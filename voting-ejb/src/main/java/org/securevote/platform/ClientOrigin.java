package org.securevote.platform;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Where the current request came from: the client address as the web tier's first filters resolved
 * it (trusted proxies taken into account) and the path asked for. Empty outside a web request.
 */
@RequestScoped
public class ClientOrigin {
  private String address;
  private String path;

  /** Set once per request by the web tier, before any boundary is called. */
  public void set(String address, String path) {
    this.address = address;
    this.path = path;
  }

  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The address of the current request, or empty when there is none (a timer, say). */
  public static Optional<String> addressOf(ClientOrigin origin) {
    try {
      return origin.address();
    } catch (ContextNotActiveException e) {
      return Optional.empty();
    }
  }

  /** The path of the current request, or empty when there is none. */
  public static Optional<String> pathOf(ClientOrigin origin) {
    try {
      return origin.path();
    } catch (ContextNotActiveException e) {
      return Optional.empty();
    }
  }
}
