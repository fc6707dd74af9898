package org.securevote.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.securevote.account.entity.Role;

/** Where a signed-in person starts: the home page of their most powerful role. */
final class Landing {
  private Landing() {}

  static String pathFor(HttpServletRequest request) {
    if (request.isUserInRole(Role.Names.ADMIN)) {
      return "/admin/";
    }
    if (request.isUserInRole(Role.Names.AUDITOR)) {
      return "/audit/";
    }
    if (request.isUserInRole(Role.Names.TRUSTEE)) {
      return "/trustee/";
    }
    if (request.isUserInRole(Role.Names.VOTER)) {
      return "/vote/";
    }
    return "/";
  }
}
