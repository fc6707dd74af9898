package org.securevote.web.trustee;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Refusal;
import org.securevote.platform.Text;
import org.securevote.trustee.boundary.CeremonyRefused;
import org.securevote.trustee.boundary.CeremonyStanding;
import org.securevote.trustee.boundary.CeremonyStep;
import org.securevote.trustee.boundary.KeyCeremony;
import org.securevote.trustee.boundary.TrusteeStanding;
import org.securevote.web.support.Feedback;

/**
 * Backing bean of {@code /trustee/ceremony.xhtml}: one election's key ceremony, step by step, for
 * the signed-in trustee. Files are uploaded as the tool wrote them; a refused one answers with the
 * tool's message and a 4xx, and nothing is kept.
 */
@Named
@ViewScoped
public class TrusteeCeremony implements Serializable {
  @Inject KeyCeremony ceremony;

  private String election;
  private CeremonyStanding standing;
  private int me;
  private transient Part publicFile;
  private transient List<Part> shareFiles;
  private Integer accused;
  private String complaint;

  /** Loads the election named by the {@code election} view parameter. */
  public void load() {
    if (standing == null) {
      try {
        refresh();
      } catch (IllegalArgumentException e) { // not an election id at all
        Feedback.refused(new CeremonyRefused(Refusal.Kind.NOT_FOUND, Text.of("election.noSuch")));
      } catch (Refusal e) {
        Feedback.refused(e);
      }
    }
  }

  public void publish() {
    String text = read(publicFile, "trustee-" + me + ".public.json");
    if (text != null) {
      step(() -> ceremony.publish(id(), text));
    }
  }

  public void sendShares() {
    if (shareFiles == null || shareFiles.stream().allMatch(p -> p == null || p.getSize() == 0)) {
      Feedback.refused(refusedAsInvalid(Text.of("ceremony.chooseShares")));
      return;
    }
    List<String> texts = new ArrayList<>();
    for (Part part : shareFiles) {
      String text = read(part, part.getSubmittedFileName());
      if (text == null) {
        return;
      }
      texts.add(text);
    }
    for (String text : texts) {
      if (!step(() -> ceremony.sendShare(id(), text))) {
        return;
      }
    }
  }

  public void confirm() {
    step(() -> ceremony.confirm(id()));
  }

  public void complain() {
    if (accused == null) {
      Feedback.refused(refusedAsInvalid(Text.of("ceremony.nameAccused")));
      return;
    }
    if (step(() -> ceremony.complain(id(), accused, complaint))) {
      complaint = null;
    }
  }

  /** Runs a ceremony step; a refusal shows its message with its status. */
  private boolean step(Supplier<CeremonyStep> action) {
    try {
      CeremonyStep done = action.get();
      Feedback.info(
          done.completed()
              ? Text.of("ceremony.doneComplete", done.did())
              : Text.of("ceremony.done", done.did()));
      return true;
    } catch (Refusal e) {
      Feedback.refused(e);
    } catch (ConstraintViolationException e) {
      invalid(e);
    } catch (EJBException e) {
      if (e.getCause() instanceof ConstraintViolationException c) {
        invalid(c);
      } else {
        throw e;
      }
    } finally {
      refresh();
    }
    return false;
  }

  private static void invalid(ConstraintViolationException e) {
    Feedback.refused(
        refusedAsInvalid(Text.violated(e.getConstraintViolations().iterator().next())));
  }

  private static CeremonyRefused refusedAsInvalid(Text text) {
    return new CeremonyRefused(Refusal.Kind.INVALID, text);
  }

  /** The upload as UTF-8 text, or null after saying what is wrong with it. */
  private static String read(Part part, String name) {
    if (part == null || part.getSize() == 0) {
      Feedback.refused(refusedAsInvalid(Text.of("ceremony.chooseFile", name)));
      return null;
    }
    if (part.getSize() > KeyCeremony.MAX_FILE_BYTES) {
      Feedback.refused(
          refusedAsInvalid(Text.of("ceremony.tooLarge", name, KeyCeremony.MAX_FILE_BYTES / 1024)));
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      Feedback.refused(refusedAsInvalid(Text.of("ceremony.notUtf8", name)));
    } catch (IOException e) {
      Feedback.error(Text.of("trustee.fileUnreadable"));
    }
    return null;
  }

  private void refresh() {
    ElectionId id = id();
    standing = ceremony.ceremony(id);
    me = ceremony.myIndex(id);
  }

  private ElectionId id() {
    return new ElectionId(election);
  }

  /** The caller's own row. */
  public TrusteeStanding getMine() {
    return standing.seats().get(me - 1);
  }

  public boolean isDraft() {
    return standing != null && "draft".equals(standing.status());
  }

  /** The trustees that sent the caller a share, whom a complaint can name. */
  public List<Integer> getSenders() {
    List<Integer> senders = new ArrayList<>();
    for (TrusteeStanding s : standing.seats()) {
      if (s.index() != me) {
        senders.add(s.index());
      }
    }
    return senders;
  }

  /** Whether every share addressed to the caller is in, so it can download and check them. */
  public boolean isSharesForMeIn() {
    return standing.allPublished() && getMine().sharesReceived() == standing.trustees() - 1;
  }

  public List<String> getShareNames() {
    List<String> names = new ArrayList<>();
    for (int from : getSenders()) {
      names.add("share-" + from + "-to-" + me + ".json");
    }
    return names;
  }

  public String getElection() {
    return election;
  }

  public void setElection(String election) {
    this.election = election;
  }

  public CeremonyStanding getStanding() {
    return standing;
  }

  public int getMe() {
    return me;
  }

  public Part getPublicFile() {
    return publicFile;
  }

  public void setPublicFile(Part publicFile) {
    this.publicFile = publicFile;
  }

  public List<Part> getShareFiles() {
    return shareFiles;
  }

  public void setShareFiles(List<Part> shareFiles) {
    this.shareFiles = shareFiles;
  }

  public Integer getAccused() {
    return accused;
  }

  public void setAccused(Integer accused) {
    this.accused = accused;
  }

  public String getComplaint() {
    return complaint;
  }

  public void setComplaint(String complaint) {
    this.complaint = complaint;
  }
}
