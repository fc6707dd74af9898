package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.securevote.ballot.boundary.BallotSweep;
import org.securevote.schema.control.Migrations;

/**
 * The README's two database roles, on a database of their own: the application's migrations applied
 * as the owner leave the pool's role rows and the swept tables, and no way to rewrite the trail;
 * without the owner the application starts while nothing is pending and not otherwise.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseRolesIT {
  private static final String OWNER = "voting_roles_it_owner";
  private static final String APP = "voting_roles_it_app";
  private static final String DATABASE = "voting_roles_it";

  @BeforeAll
  static void createTheRolesAndTheirDatabase() throws SQLException {
    dropAll();
    superuser(
        "create role " + OWNER + " login",
        "create role " + APP + " login",
        "grant " + APP + " to " + OWNER,
        "create database " + DATABASE + " owner " + OWNER);
  }

  @AfterAll
  static void dropAll() throws SQLException {
    superuser(
        "drop database if exists " + DATABASE + " with (force)",
        "drop role if exists " + APP,
        "drop role if exists " + OWNER);
  }

  @Test
  @Order(1)
  void theOwnerMigratesAndLeavesTheApplicationRowsAndTheSweptTablesOnly() throws SQLException {
    assertTrue(migrate(OWNER, List.of()).migrationsExecuted > 0);

    try (Connection owner = connect(OWNER);
        Statement sql = owner.createStatement()) {
      assertEquals(
          BallotSweep.TABLES.stream().sorted().toList(),
          SqlRows.column(
              sql,
              "select tablename from pg_tables where schemaname = 'public' and tableowner = '"
                  + APP
                  + "' order by 1"));
      assertEquals(
          List.of("f"),
          SqlRows.column(sql, "select has_schema_privilege('" + APP + "', 'public', 'CREATE')"));
    }
    try (Connection app = connect(APP);
        Statement sql = app.createStatement()) {
      sql.execute(
          "vacuum (full) ballot"); // the sweep's statement: on a table not its own, a warning
      assertNull(sql.getWarnings(), "the application may sweep the ballot table");
      app.setAutoCommit(false);
      sql.executeUpdate(
          "insert into audit_entry (seq, recorded_at, actor, action, subject, detail, prev_hash,"
              + " hash) values (-1, now(), 'it', 'it.role', '', '', repeat('0', 64),"
              + " repeat('f', 64))");
      assertEquals(0, sql.executeUpdate("update election set title = title where false"));
      app.rollback();
      for (String forbidden :
          List.of(
              "update audit_entry set detail = 'rewritten'",
              "delete from audit_entry",
              "truncate audit_entry",
              "delete from audit_checkpoint",
              "alter table audit_entry disable trigger all",
              "drop trigger audit_entry_insert_only on audit_entry",
              "set session_replication_role = replica",
              "update flyway_schema_history set checksum = 0",
              "create table smuggled (x int)")) {
        SQLException refused = assertThrows(SQLException.class, () -> sql.execute(forbidden));
        assertEquals("42501", refused.getSQLState(), forbidden + ": " + refused.getMessage());
        app.rollback();
      }
    }
  }

  @Test
  @Order(2)
  void withoutTheOwnerTheApplicationStartsWhileNoMigrationIsPending() {
    assertEquals(0, migrate(APP, List.of()).migrationsExecuted);
  }

  @Test
  @Order(3)
  void aPendingMigrationNeedsTheOwner(@TempDir Path more) throws Exception {
    Files.writeString(more.resolve("V9999__pending_it.sql"), "create table pending_it (x int);");
    List<String> locations = List.of("filesystem:" + more);
    FlywayException refused = assertThrows(FlywayException.class, () -> migrate(APP, locations));
    assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
    try (Connection owner = connect(OWNER);
        Statement sql = owner.createStatement()) {
      assertEquals(
          List.of(),
          SqlRows.column(sql, "select 1 from flyway_schema_history where version = '9999'"));
    }
  }

  @Test
  @Order(4)
  void anOwnerOutsideTheApplicationsRoleIsToldWhatToGrant() throws SQLException {
    superuser("revoke " + APP + " from " + OWNER);
    try {
      FlywayException refused =
          assertThrows(FlywayException.class, () -> migrate(OWNER, List.of()));
      assertTrue(
          refused.getMessage().contains("must be a member of the application role"),
          refused.getMessage());
    } finally {
      superuser("grant " + APP + " to " + OWNER);
    }
  }

  /** As SchemaMigration does at start, connected as this role, the pool being APP. */
  private static org.flywaydb.core.api.output.MigrateResult migrate(
      String role, List<String> moreLocations) {
    FluentConfiguration flyway = Migrations.configure(DatabaseRolesIT.class.getClassLoader(), APP);
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    locations.addAll(moreLocations);
    return flyway
        .locations(locations.toArray(String[]::new))
        .dataSource(url(DATABASE), role, "")
        .load()
        .migrate();
  }

  private static Connection connect(String role) throws SQLException {
    return DriverManager.getConnection(url(DATABASE), role, "");
  }

  private static void superuser(String... statements) throws SQLException {
    try (Connection db = DriverManager.getConnection(url("postgres"), Deployed.dbUser(), "");
        Statement sql = db.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  /** The test database server's URL for another database. */
  private static String url(String database) {
    return Deployed.dbUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);
  }
}
