package org.securevote.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.securevote.voter.boundary.RollImportJob;
import org.securevote.voter.boundary.RollImportReport;
import org.securevote.voter.boundary.RollImports;
import org.securevote.voter.boundary.VoterRegistry;
import org.securevote.voter.control.RollFile;
import org.securevote.web.support.Feedback;

/**
 * Backing bean of {@code /admin/import.xhtml}: upload a roll file, see every row's problems before
 * anything is written, then import it all at once while the page shows the progress.
 */
@Named
@ViewScoped
public class AdminImport implements Serializable {
  @Inject VoterRegistry registry;
  @Inject RollImports jobs;

  private transient Part file;
  private byte[] content;
  private RollImportReport preview;
  private String jobId;
  private RollImportJob current;

  public void check() {
    preview = null;
    content = read(file);
    if (content != null) {
      Feedback.attempt(() -> preview = registry.preview(content));
    }
  }

  /** Starts the import in the background and shows its progress page. */
  public String importAll() {
    if (content == null || preview == null || !preview.acceptable()) {
      Feedback.error("Check a file without problems first.");
      return null;
    }
    String started = jobs.start(content, preview.rows());
    content = null;
    return "/admin/import?faces-redirect=true&job=" + started;
  }

  /** Loads the job named by the {@code job} view parameter, if any. */
  public void loadJob() {
    if (jobId != null) {
      current = jobs.job(jobId).orElse(null);
      if (current == null) {
        Feedback.error("There is no such import.");
        Feedback.status(404);
      } else if (current.finished() && current.failure() != null) {
        Feedback.error("Nothing was imported: " + current.failure().in(Feedback.locale()));
      } else if (current.finished() && !current.report().acceptable()) {
        Feedback.error("The file no longer passes its checks; nothing was imported.");
      }
    }
  }

  public boolean isRunning() {
    return current != null && !current.finished();
  }

  public RollImportJob getCurrent() {
    return current;
  }

  public String getJobId() {
    return jobId;
  }

  public void setJobId(String jobId) {
    this.jobId = jobId == null || jobId.length() > 36 ? null : jobId;
  }

  private static byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      Feedback.error("Choose a CSV file.");
      return null;
    }
    if (part.getSize() > RollFile.MAX_BYTES) {
      Feedback.error(RollFile.TOO_LARGE);
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
}
