package org.securevote.web.vote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;
import org.securevote.voter.boundary.Verification;
import org.securevote.voter.boundary.VerificationRefused;
import org.securevote.voter.entity.OneTimeCode;
import org.securevote.web.monitoring.ApplicationMetrics;
import org.securevote.web.support.Feedback;

/** Backing bean of {@code /vote/verify.xhtml}: the voter confirms a code sent by email. */
@Named
@RequestScoped
public class VoterVerify {
  @Inject Verification verification;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  @Pattern(regexp = "\\s*\\d{3}\\s*\\d{3}\\s*", message = "{securevote.verify.sixDigits}")
  private String code;

  /** The election the voter came from, when it asks for a fresh code; null otherwise. */
  private String election;

  private Boolean verified;

  /** Confirmed, and recently enough for the election the voter came from, if any. */
  public boolean isVerified() {
    if (verified == null) {
      verified = electionId().map(verification::verifiedFor).orElseGet(verification::verified);
    }
    return verified;
  }

  /** The election the voter came from, if the parameter names one; else the first-ballot rule. */
  private Optional<ElectionId> electionId() {
    try {
      return Optional.ofNullable(election).map(ElectionId::new);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public void send() {
    Feedback.attempt(
        () -> {
          try {
            verification.sendCode(Feedback.locale());
          } catch (VerificationRefused e) {
            if (e.reason() == VerificationRefused.Reason.UNDELIVERABLE) {
              metrics.counter(ApplicationMetrics.OTP_SEND_FAILURES).inc();
            }
            throw e; // shown in the page's language
          }
          metrics.counter(ApplicationMetrics.OTP_SENT).inc();
        },
        Text.of("verification.sent", getValidMinutes()));
  }

  public String confirm() {
    boolean confirmed =
        Feedback.attempt(
            () -> {
              try {
                verification.confirm(code);
              } catch (VerificationRefused e) {
                if (e.reason() == VerificationRefused.Reason.CODE_REJECTED) {
                  metrics.counter(ApplicationMetrics.OTP_REJECTED).inc();
                }
                throw e; // shown in the page's language
              }
              metrics.counter(ApplicationMetrics.OTP_CONFIRMED).inc();
            },
            Text.of("verification.confirmed"));
    if (!confirmed) {
      return null;
    }
    return electionId()
        .map(id -> "/vote/ballot?faces-redirect=true&election=" + id.value())
        .orElse("/vote/index?faces-redirect=true");
  }

  /** How long a code is valid, as the code itself decides. */
  public long getValidMinutes() {
    return OneTimeCode.VALID.toMinutes();
  }

  public int getTries() {
    return OneTimeCode.TRIES;
  }

  public String getElection() {
    return election;
  }

  public void setElection(String election) {
    this.election = election;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
