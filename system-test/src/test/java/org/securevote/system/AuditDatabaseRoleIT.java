package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pool role the README tells operators to give the application: with exactly the README's
 * grants, on the test database whose tables another role owns, it can append to the audit trail but
 * neither change nor remove an entry, nor switch the insert-only triggers off.
 */
class AuditDatabaseRoleIT {
  private static final String ROLE = "voting_app_it";

  /** The README's grants ("Audit trail"), for this role. */
  private static final List<String> GRANTS =
      List.of(
          "grant select, insert, update, delete on all tables in schema public to " + ROLE,
          "grant usage, select on all sequences in schema public to " + ROLE,
          "revoke update, delete on audit_entry, audit_checkpoint from " + ROLE);

  @BeforeAll
  static void createTheRole() throws SQLException {
    try (Connection owner = owner();
        Statement sql = owner.createStatement()) {
      dropRole(sql);
      sql.execute("create role " + ROLE + " login");
      for (String grant : GRANTS) {
        sql.execute(grant);
      }
    }
  }

  @AfterAll
  static void dropTheRole() throws SQLException {
    try (Connection owner = owner();
        Statement sql = owner.createStatement()) {
      dropRole(sql);
    }
  }

  @Test
  void itAppendsToTheTrailButCannotRewriteItOrSwitchItsGuardsOff() throws SQLException {
    try (Connection app = DriverManager.getConnection(Deployed.dbUrl(), ROLE, "");
        Statement sql = app.createStatement()) {
      app.setAutoCommit(false);
      sql.executeUpdate(
          "insert into audit_entry (seq, recorded_at, actor, action, subject, detail, prev_hash,"
              + " hash) values (-1, now(), 'it', 'it.role', '', '', repeat('0', 64),"
              + " repeat('f', 64))");
      app.rollback(); // could append; leaves the shared trail as it was
      assertEquals(0, sql.executeUpdate("update election set title = title where false"));
      app.rollback(); // and changes the other tables as the application must

      for (String forbidden :
          List.of(
              "update audit_entry set detail = 'rewritten' where seq = 1",
              "delete from audit_entry where seq = 1",
              "truncate audit_entry",
              "update audit_checkpoint set signature = '' where seq = 1",
              "delete from audit_checkpoint",
              "alter table audit_entry disable trigger all",
              "drop trigger audit_entry_insert_only on audit_entry",
              "set session_replication_role = replica")) {
        SQLException refused = assertThrows(SQLException.class, () -> sql.execute(forbidden));
        assertEquals("42501", refused.getSQLState(), forbidden + ": " + refused.getMessage());
        app.rollback();
      }
    }
  }

  private static Connection owner() throws SQLException {
    return DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
  }

  private static void dropRole(Statement sql) throws SQLException {
    try {
      sql.execute("drop owned by " + ROLE);
      sql.execute("drop role " + ROLE);
    } catch (SQLException absent) {
      // not there yet
    }
  }
}
