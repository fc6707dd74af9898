package org.securevote.ballot.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/**
 * A trustee's request about decrypting that cannot be granted: not a trustee of the election
 * ({@link Kind#NOT_ALLOWED}), a partial decryptions file that does not check ({@link
 * Kind#INVALID}), or not the moment for it ({@link Kind#CONFLICT}: voting still open, already sent,
 * already done).
 */
public class DecryptionRefused extends Refusal {
  public DecryptionRefused(Kind kind, Text text) {
    super(kind, text);
  }
}
