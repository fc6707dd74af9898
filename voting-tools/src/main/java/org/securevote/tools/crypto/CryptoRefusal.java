package org.securevote.tools.crypto;

/** Input the protocol refuses: a malformed encoding, a proof or share that does not check. */
public class CryptoRefusal extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public CryptoRefusal(String message) {
    super(message);
  }

  public CryptoRefusal(String message, Throwable cause) {
    super(message, cause);
  }
}
