package org.securevote.web.trustee;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.securevote.ballot.boundary.DecryptionState;
import org.securevote.ballot.boundary.Decryptions;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Refusal;
import org.securevote.platform.Text;
import org.securevote.web.support.Feedback;

/**
 * Backing bean of {@code /trustee/decrypt.xhtml}: after closing, a trustee downloads BALLOTS.json,
 * runs {@code trustee decrypt} on its own machine and uploads the partial decryptions file here.
 * Without an election it lists the caller's elections.
 */
@Named
@ViewScoped
public class TrusteeDecrypt implements Serializable {
  /** A partial decryptions file is about 250 bytes per candidate. */
  static final int MAX_FILE_BYTES = 64 * 1024;

  @Inject Decryptions decryptions;

  private String election;
  private DecryptionState state;
  private List<DecryptionState> elections;
  private transient Part file;

  public void load() {
    if (election == null || election.isBlank()) {
      elections = decryptions.mine();
      return;
    }
    try {
      if (!Feedback.attempt(
          () -> state = decryptions.state(new ElectionId(election)), (Text) null, Refusal.class)) {
        Feedback.status(404); // not an election id at all
      }
    } catch (Refusal e) {
      Feedback.refused(e); // 404 unknown, 403 not one of its trustees
    }
  }

  /** Sends the uploaded file; the boundary checks it whole and keeps it only if it all holds. */
  public void send() {
    String text = read(file);
    if (text != null) {
      ElectionId id = new ElectionId(election);
      if (Feedback.attempt(
          () -> state = decryptions.submit(id, text), Text.of("decryption.kept"))) {
        file = null;
      } else {
        state = decryptions.state(id);
      }
    }
  }

  private static String read(Part part) {
    if (part == null || part.getSize() == 0) {
      Feedback.error(Text.of("decryption.chooseFile"));
      return null;
    }
    if (part.getSize() > MAX_FILE_BYTES) {
      Feedback.error(Text.of("decryption.tooLarge", MAX_FILE_BYTES / 1024));
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      Feedback.error(Text.of("trustee.fileUnreadable"));
      return null;
    }
  }

  /** Where BALLOTS.json is downloaded from (streamed by the API, with the session's sign-in). */
  public String getBallotsPath() {
    return "/api/trustee/elections/" + election + "/decryption/ballots";
  }

  public String getElection() {
    return election;
  }

  public void setElection(String election) {
    this.election = election == null || election.length() > 64 ? null : election;
  }

  public DecryptionState getState() {
    return state;
  }

  public List<DecryptionState> getElections() {
    return elections;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
