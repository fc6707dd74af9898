package org.securevote.audit.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** An export that cannot be made as asked, e.g. to something that is not an OpenPGP key. */
public class ExportRefused extends Refusal {
  public ExportRefused(Text text) {
    super(Kind.INVALID, text);
  }
}
