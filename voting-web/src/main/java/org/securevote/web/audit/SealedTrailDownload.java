package org.securevote.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.securevote.audit.boundary.ExportRefused;
import org.securevote.audit.boundary.TrailExport;
import org.securevote.web.support.Feedback;

/**
 * The form on {@code /audit/index.xhtml} that hands the trail to an outside auditor: their OpenPGP
 * public key in, the trail out as a file only they can open, signed by the server. A key that does
 * not do is a message on the page (422), and nothing is sent.
 */
@Named
@RequestScoped
public class SealedTrailDownload {
  @Inject TrailExport export;

  private transient Part key;

  public void download() {
    byte[] uploaded = read(key);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    try {
      response.responseReset();
      response.setResponseContentType("application/pgp-encrypted");
      response.setResponseHeader(
          "Content-Disposition", "attachment; filename=\"audit-trail.csv.gpg\"");
      response.setResponseHeader("Cache-Control", "no-store");
      export.writeSealed(uploaded, response.getResponseOutputStream());
      faces.responseComplete();
    } catch (ExportRefused refused) {
      response.responseReset();
      Feedback.refused(refused);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** At most one byte more than a key may have, so the boundary refuses a larger file unread. */
  private static byte[] read(Part part) {
    if (part == null) {
      return new byte[0];
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(TrailExport.MAX_KEY_BYTES + 1);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  public Part getKey() {
    return key;
  }

  public void setKey(Part key) {
    this.key = key;
  }
}
