package org.securevote.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.securevote.voter.boundary.RollImportReport;
import org.securevote.voter.boundary.VoterRegistry;
import org.securevote.voter.control.RollFile;
import org.securevote.web.support.Feedback;

/**
 * Backing bean of {@code /admin/import.xhtml}: upload a roll file, see every row's problems before
 * anything is written, then import it all at once.
 */
@Named
@ViewScoped
public class AdminImport implements Serializable {
  @Inject VoterRegistry registry;

  private transient Part file;
  private byte[] content;
  private RollImportReport preview;
  private RollImportReport imported;
  private long millis;

  public void check() {
    imported = null;
    preview = null;
    content = read(file);
    if (content != null) {
      Feedback.attempt(() -> preview = registry.preview(content), null);
    }
  }

  public void importAll() {
    if (content == null || preview == null || !preview.acceptable()) {
      Feedback.error("Check a file without problems first.");
      return;
    }
    long started = System.nanoTime();
    if (Feedback.attempt(() -> imported = registry.importRoll(content), null)) {
      millis = (System.nanoTime() - started) / 1_000_000;
      if (imported.acceptable()) {
        Feedback.info(imported.written() + " voters imported in " + millis + " ms.");
      } else {
        Feedback.error("The file changed meaning since it was checked; nothing was imported.");
        preview = imported;
        imported = null;
      }
    }
    content = null;
  }

  private static byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      Feedback.error("Choose a CSV file.");
      return null;
    }
    if (part.getSize() > RollFile.MAX_BYTES) {
      Feedback.error("The file is larger than 5 MB.");
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      Feedback.error("The file could not be read; try again.");
      return null;
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public RollImportReport getPreview() {
    return preview;
  }

  public RollImportReport getImported() {
    return imported;
  }
}
