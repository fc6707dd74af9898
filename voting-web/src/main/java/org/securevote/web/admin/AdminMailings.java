package org.securevote.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;
import org.securevote.voter.boundary.MailingProgress;
import org.securevote.voter.boundary.RollMailings;
import org.securevote.web.support.Feedback;

/**
 * The election page's invitations and reminders: the two requests and how far each mailing got. The
 * mails go out in the background, so the page shows progress, not an outcome.
 */
@Named
@RequestScoped
public class AdminMailings {
  @Inject RollMailings mailings;
  @Inject AdminElection page;

  private List<MailingProgress> shown;

  public void invite() {
    Feedback.attempt(() -> mailings.invite(election()), Text.of("adminMailings.inviting"));
  }

  public void remind() {
    Feedback.attempt(() -> mailings.remind(election()), Text.of("adminMailings.reminding"));
  }

  public List<MailingProgress> getMailings() {
    if (shown == null) {
      shown = mailings.of(election());
    }
    return shown;
  }

  /** Mails whose outcome is unknown, for a mailing whose instance stopped while sending. */
  public int unknown(MailingProgress mailing) {
    return mailing.unknown(Instant.now());
  }

  private ElectionId election() {
    return new ElectionId(page.getId());
  }
}
