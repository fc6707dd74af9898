package org.securevote.web.vote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import org.securevote.voter.boundary.Verification;
import org.securevote.voter.boundary.VerificationRefused;
import org.securevote.web.support.Feedback;

/** Backing bean of {@code /vote/verify.xhtml}: the voter confirms a code sent by email. */
@Named
@RequestScoped
public class VoterVerify {
  @Inject Verification verification;

  @Pattern(regexp = "\\s*\\d{3}\\s*\\d{3}\\s*", message = "The code has six digits.")
  private String code;

  private Boolean verified;

  public boolean isVerified() {
    if (verified == null) {
      verified = verification.verified();
    }
    return verified;
  }

  public void send() {
    try {
      verification.sendCode();
      Feedback.info("We emailed you a 6-digit code. It is valid for 10 minutes.");
    } catch (VerificationRefused e) {
      Feedback.error(e.getMessage());
    }
  }

  public String confirm() {
    try {
      verification.confirm(code);
      Feedback.info("Your email address is confirmed. You can vote now.");
      return "/vote/index?faces-redirect=true";
    } catch (VerificationRefused e) {
      Feedback.error(e.getMessage());
      return null;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
