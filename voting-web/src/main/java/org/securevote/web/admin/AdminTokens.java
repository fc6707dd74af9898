package org.securevote.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.securevote.access.boundary.AuditorTokens;
import org.securevote.access.boundary.IssuedToken;
import org.securevote.access.boundary.TokenSummary;
import org.securevote.platform.Text;
import org.securevote.web.support.Feedback;

/**
 * Backing bean of {@code /admin/tokens.xhtml}: issue an auditor token, list and revoke them. A new
 * token's value is shown in the response to issuing it and forgotten once that page is rendered.
 */
@Named
@ViewScoped
public class AdminTokens implements Serializable {
  @Inject AuditorTokens tokens;

  private String auditor;
  private String label;
  private int minutes = 60;
  private transient String issued;
  private List<TokenSummary> list;

  public List<TokenSummary> getTokens() {
    if (list == null) {
      list = tokens.tokens();
    }
    return list;
  }

  public List<String> getAuditors() {
    return tokens.auditors();
  }

  public void issue() {
    issued = null;
    Feedback.attempt(
        () -> {
          IssuedToken token = tokens.issue(auditor, label, Duration.ofMinutes(minutes));
          issued = token.token();
        },
        Text.of("adminTokens.issued"));
    list = null;
  }

  public void revoke(TokenSummary token) {
    issued = null;
    Feedback.attempt(
        () -> tokens.revoke(token.jti()), Text.of("adminTokens.revoked", token.label()));
    list = null;
  }

  /** Called once the page is rendered: the token's value is never shown again. */
  public void forgetIssued() {
    issued = null;
  }

  public String status(TokenSummary token) {
    if (token.revoked()) {
      return "revoked";
    }
    return token.expiredAt(Clock.systemUTC().instant()) ? "expired" : "active";
  }

  public String getIssued() {
    return issued;
  }

  public String getAuditor() {
    return auditor;
  }

  public void setAuditor(String auditor) {
    this.auditor = auditor;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }
}
