package org.securevote.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.securevote.account.boundary.AccountLanguages;
import org.securevote.account.boundary.SignInGuard;
import org.securevote.platform.ClientOrigin;
import org.securevote.platform.Text;
import org.securevote.web.monitoring.ApplicationMetrics;
import org.securevote.web.support.Feedback;

/** Backing bean of {@code /public/sign-in.xhtml}. */
@Named
@RequestScoped
public class SignIn {

  @Inject SecurityContext securityContext;
  @Inject SignInGuard guard;
  @Inject AccountLanguages languages;
  @Inject FacesContext faces;
  @Inject ClientOrigin origin;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  @NotBlank(message = "{securevote.signIn.emailRequired}")
  @Size(max = 254, message = "{securevote.signIn.emailTooLong}")
  private String email;

  @NotBlank(message = "{securevote.signIn.passwordRequired}")
  @Size(max = 1024, message = "{securevote.signIn.passwordTooLong}")
  private String password;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public void submit() throws IOException {
    if (email == null || password == null) {
      // A post that left a field out entirely skips JSF's required check.
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, Text.of("signIn.missing").in(Feedback.locale()), null));
      return;
    }
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String address = origin.address().orElse(request.getRemoteAddr());
    Optional<Duration> wait = guard.admit(email, address);
    if (wait.isPresent()) {
      count("throttled");
      password = null;
      external.setResponseStatus(429);
      external.setResponseHeader(
          "Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds() + 1)));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Text.of("signIn.throttled", seconds(wait.get())).in(Feedback.locale()),
              null));
      return;
    }
    // A session an attacker planted before sign-in must not become the signed-in one.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(signInName(), new Password(password))));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      count("success");
      guard.succeeded(email, address);
      languages.remember(Feedback.locale()); // the language of this person's later mails
      external.redirect(
          external.getRequestContextPath()
              + SessionSignIn.requestedPage(request).orElseGet(() -> Landing.pathFor(request)));
      return;
    }
    count("failure"); // already counted by admit
    // Same words whether the account exists or not: no account enumeration.
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, Text.of("signIn.wrong").in(Feedback.locale()), null));
  }

  /**
   * The caller name the session will carry: accounts are stored in lower case and every tier looks
   * the caller up by this name, so it must not keep the letter case as typed.
   */
  private String signInName() {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static Text seconds(Duration wait) {
    long s = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    return s < 120 ? Text.of("signIn.seconds", s) : Text.of("signIn.minutes", (s + 59) / 60);
  }

  private void count(String outcome) {
    metrics.counter(ApplicationMetrics.SIGN_INS, new Tag("outcome", outcome)).inc();
  }
}
