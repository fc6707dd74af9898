package org.securevote.schema.control;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.securevote.ballot.boundary.BallotSweep;

/** Flyway as the application runs it: the {@code sql/} migrations and their placeholders. */
public final class Migrations {
  private Migrations() {}

  /**
   * @param appRole the pool's database role, which {@code afterMigrate.sql} gives the application's
   *     rights when the migrations run as another (owner) role
   */
  public static FluentConfiguration configure(ClassLoader loader, String appRole) {
    return Flyway.configure(loader)
        .locations("classpath:db/migration")
        .placeholders(
            Map.of("appRole", appRole, "sweptTables", String.join(",", BallotSweep.TABLES)));
  }
}
