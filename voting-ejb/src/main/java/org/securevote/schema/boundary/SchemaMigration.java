package org.securevote.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.securevote.schema.control.Migrations;

/**
 * Applies the {@code sql/} migrations when the application starts, before any other bean uses the
 * database. Flyway takes a PostgreSQL lock, so cluster instances starting together migrate once.
 *
 * <p>With {@code VOTING_DB_OWNER_USER} set, the migrations run as that owner role rather than as
 * the pool's role, and {@code afterMigrate.sql} gives the pool's role only what the application
 * needs: it then cannot rewrite the audit trail or switch off its triggers.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own transactions.
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/voting")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "voting.db.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "voting.db.owner.user")
  Optional<String> ownerUser;

  @Inject
  @ConfigProperty(name = "voting.db.owner.password")
  Optional<String> ownerPassword;

  @PostConstruct
  void migrate() {
    String appRole = poolRole();
    FluentConfiguration flyway =
        Migrations.configure(SchemaMigration.class.getClassLoader(), appRole);
    Optional<String> owner = ownerUser.filter(o -> !o.equals(appRole));
    if (owner.isPresent()) {
      String at =
          url.orElseThrow(
              () -> new IllegalStateException("VOTING_DB_OWNER_USER needs VOTING_DB_URL as well"));
      flyway.dataSource(at, owner.get(), ownerPassword.orElse(""));
    } else {
      flyway.dataSource(dataSource);
    }
    MigrateResult result = flyway.load().migrate();
    LOG.info(
        "Schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migrations applied now, as "
            + owner.orElse(appRole)
            + "; the application works as "
            + appRole
            + ")");
  }

  private String poolRole() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getUserName();
    } catch (SQLException e) {
      throw new IllegalStateException("The database is not reachable through jdbc/voting", e);
    }
  }
}
