package org.securevote.system;

import java.net.URI;

/** Where the server that the build started for this run is, and its first administrator. */
public final class Deployed {
  private Deployed() {}

  public static URI url(String path) {
    return URI.create(property("it.base.url") + path);
  }

  /** The same path on the plain-HTTP listener. */
  public static URI plainUrl(String path) {
    return URI.create(property("it.plain.url") + path);
  }

  public static String adminEmail() {
    return property("it.admin.email");
  }

  public static String adminPassword() {
    return property("it.admin.password");
  }

  /** The test domain's VOTING_MASTER_KEY (base64), from which tests forge auditor tokens. */
  public static String masterKey() {
    return property("it.master.key");
  }

  public static String dbUrl() {
    return property("it.db.url");
  }

  public static String dbUser() {
    return property("it.db.user");
  }

  /** A number the database gives for one statement with one text parameter, e.g. a count. */
  public static long count(String select, String parameter) throws java.sql.SQLException {
    try (java.sql.Connection db = java.sql.DriverManager.getConnection(dbUrl(), dbUser(), "");
        java.sql.PreparedStatement query = db.prepareStatement(select)) {
      query.setString(1, parameter);
      try (java.sql.ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run the tests through ./mvnw verify");
    }
    return value;
  }
}
