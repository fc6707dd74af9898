package org.securevote.web.guard;

/** The parts of the site that metrics and network rules tell apart, by path. */
enum EndpointGroup {
  VOTE("/vote/", "vote", true, false),
  ADMIN("/admin/", "admin", true, true),
  AUDIT("/audit/", "audit", true, true),
  PUBLIC_API("/api/public/", "api", false, false),
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

  /** The label value in metrics. */
  String label() {
    return label;
  }
}
