package org.securevote.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.securevote.account.boundary.AccountActivation;
import org.securevote.platform.Text;
import org.securevote.web.support.Feedback;

/** Backing bean of {@code /public/activate.xhtml}: a voter chooses their own password. */
@Named
@RequestScoped
public class Activate {
  @Inject AccountActivation activation;

  private String token;

  @NotBlank(message = "{securevote.activate.passwordRequired}")
  @Size(
      min = AccountActivation.MIN_PASSWORD,
      max = AccountActivation.MAX_PASSWORD,
      message = "{securevote.activate.passwordLength}")
  private String password;

  private String repeated;
  private boolean refused;

  /**
   * On opening the link: a used, expired or unknown link says so at once, with no form (410 Gone,
   * or 404 for a link never issued), instead of after the password was typed twice.
   */
  public void check() {
    AccountActivation.Link link = activation.link(token);
    if (link != AccountActivation.Link.USABLE) {
      refused = true;
      Feedback.error(AccountActivation.NOT_VALID);
      Feedback.status(link == AccountActivation.Link.SPENT ? 410 : 404);
    }
  }

  public boolean isRefused() {
    return refused;
  }

  public String submit() {
    if (password == null || !password.equals(repeated)) {
      Feedback.error(Text.of("activate.differ"));
      return null;
    }
    String[] email = new String[1];
    if (Feedback.attempt(
        () -> email[0] = activation.activate(token, password), Text.of("activate.done"))) {
      return "/public/sign-in?faces-redirect=true";
    }
    return null;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token == null || token.length() > 64 ? null : token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
