package org.securevote.tools.format;

/**
 * A file or message in one of the protocol's formats that does not hold, in one line naming the
 * file and the field or trustee at fault.
 */
public class FormatRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FormatRefusal(String message) {
    super(message, null, false, false);
  }
}
