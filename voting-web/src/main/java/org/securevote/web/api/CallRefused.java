package org.securevote.web.api;

import jakarta.ws.rs.WebApplicationException;
import org.securevote.platform.Text;

/**
 * A call an API resource itself refuses (a parameter it cannot read, a file it does not have), with
 * a text that {@link Refusals} answers in the client's language; its message is the English text.
 */
public class CallRefused extends WebApplicationException {
  private final Text text;

  public CallRefused(int status, Text text) {
    super(text.english(), status);
    this.text = text;
  }

  public Text text() {
    return text;
  }
}
