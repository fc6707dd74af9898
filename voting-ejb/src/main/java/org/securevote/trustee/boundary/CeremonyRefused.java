package org.securevote.trustee.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** A ceremony step the rules or the files refuse; the text says why (for a file, the tool's). */
public class CeremonyRefused extends Refusal {
  public CeremonyRefused(Kind kind, Text text) {
    super(kind, text);
  }

  static CeremonyRefused invalid(Text text) {
    return new CeremonyRefused(Kind.INVALID, text);
  }

  static CeremonyRefused conflict(Text text) {
    return new CeremonyRefused(Kind.CONFLICT, text);
  }

  /** A file the trustees' tool refuses, with the tool's own message (in English). */
  static CeremonyRefused fileRefused(String toolMessage) {
    return invalid(Text.of("ceremony.fileRefused", toolMessage));
  }

  /** Not one of the caller's elections: the same answer whether it exists or not. */
  static CeremonyRefused notYours() {
    return new CeremonyRefused(Kind.NOT_FOUND, Text.of("ceremony.notYours"));
  }
}
