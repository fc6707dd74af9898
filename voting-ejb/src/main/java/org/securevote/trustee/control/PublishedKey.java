package org.securevote.trustee.control;

import java.util.List;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.PublicFile;

/**
 * An election's key as its completed ceremony made it: K with every trustee's commitments (so the
 * verification key of each trustee), the fingerprint the trustees compared, and their public files.
 */
public record PublishedKey(
    ElectionKey key, CeremonyFingerprint fingerprint, List<PublicFile> publicFiles) {
  public PublishedKey {
    publicFiles = List.copyOf(publicFiles);
  }

  public String electionId() {
    return key.electionId();
  }
}
