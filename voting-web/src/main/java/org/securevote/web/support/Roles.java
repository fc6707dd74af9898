package org.securevote.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.securevote.account.entity.Role;

/**
 * Roles as pages name them, in the page's language: "Administrator", "Voter", "Auditor", in that
 * order.
 */
@Named
@RequestScoped
public class Roles {
  @Inject HttpServletRequest request;

  /** The signed-in viewer's roles, e.g. "Administrator, Voter"; empty when signed out. */
  public String getOfViewer() {
    return Arrays.stream(Role.values())
        .filter(r -> request.isUserInRole(r.name()))
        .map(this::word)
        .collect(Collectors.joining(", "));
  }

  public String words(Collection<Role> roles) {
    return roles.stream().sorted().map(this::word).collect(Collectors.joining(", "));
  }

  /** One role's name, e.g. "Auditor". */
  public String word(Role role) {
    return role.text().in(Feedback.locale());
  }
}
