package org.securevote.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the {@code sql/} migrations when the application starts, before any other bean uses the
 * database. Flyway takes a PostgreSQL lock, so cluster instances starting together migrate once.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own transactions.
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/voting")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        "Schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migrations applied now)");
  }
}
