package org.securevote.web.guard;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The parts of the site that metrics, network rules, the request log and API refusals tell apart.
 */
enum EndpointGroup {
  VOTE("/vote/", "vote", true, false),
  ADMIN("/admin/", "admin", true, true),
  AUDIT("/audit/", "audit", true, true),
  TRUSTEE("/trustee/", "trustee", true, false),
  PUBLIC_API("/api/public/", "api", false, false),
  VOTE_API("/api/vote/", "api", true, false),
  AUDIT_API("/api/audit/", "api", true, true),
  API("/api/", "api", true, false),
  RESOURCES("/jakarta.faces.resource/", "resources", false, false),
  HEALTH("/health", "health", false, false),
  METRICS("/metrics", "metrics", false, false),
  PUBLIC("/", "public", false, false);

  private final String prefix;
  private final String label;
  private final boolean restricted;
  private final boolean staff;

  EndpointGroup(String prefix, String label, boolean restricted, boolean staff) {
    this.prefix = prefix;
    this.label = label;
    this.restricted = restricted;
    this.staff = staff;
  }

  /** A request's path inside the application: without the context path and the query string. */
  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The group of a path inside the application (context path removed). */
  static EndpointGroup of(String path) {
    for (EndpointGroup group : values()) {
      if (path.startsWith(group.prefix)) {
        return group;
      }
    }
    return PUBLIC;
  }

  /** Voting and staff paths, which the global allowlist (VOTING_ALLOWED_NETWORKS) covers. */
  boolean restricted() {
    return restricted;
  }

  /** Admin and audit paths, which VOTING_ADMIN_NETWORKS also covers. */
  boolean staff() {
    return staff;
  }

  /** The JSON API, whose callers get refusals as JSON too. */
  boolean api() {
    return prefix.startsWith("/api/");
  }

  /** Where voters act, pages and API: their requests leave no line in the request log. */
  boolean voter() {
    return this == VOTE || this == VOTE_API;
  }

  /** The label value in metrics. */
  String label() {
    return label;
  }
}
