package org.securevote.web.guard;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.securevote.platform.ClientOrigin;

/**
 * One line in the server log (logger {@code org.securevote.requests}) per state-changing or slow
 * request: method, path, account, client address, status and duration. The line never holds a query
 * string, form field, header or cookie, so passwords, codes, ballots, tokens and session ids cannot
 * end up in it.
 */
@Dependent
public class RequestLog {
  static final Logger LOG = Logger.getLogger("org.securevote.requests");
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject ClientOrigin origin;

  void write(HttpServletRequest request, RequestOutcome outcome) {
    // A voter's requests leave no line: with its time and address next to that voter's named
    // sign-in, a line would say who cast when. The metrics still count them.
    if (outcome.group().voter()
        || !(outcome.slow() || !SAFE_METHODS.contains(request.getMethod()))) {
      return;
    }
    LOG.log(
        outcome.slow() ? Level.WARNING : Level.INFO,
        "{0} {1} account={2} address={3} status={4} millis={5}{6}",
        new Object[] {
          request.getMethod(),
          outcome.path(),
          Optional.ofNullable(request.getRemoteUser()).orElse("-"),
          origin.address().orElse("?"),
          String.valueOf(outcome.status()),
          String.valueOf(outcome.took().toMillis()),
          outcome.slow() ? " SLOW" : ""
        });
  }
}
