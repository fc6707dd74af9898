package org.securevote.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.securevote.audit.control.HashChain;

/**
 * A database superuser rewriting the trail, as a test plays one: holds the chain's append lock (a
 * session lock, so every append waits meanwhile) and bypasses the insert-only triggers (replica
 * mode) until closed. The caller restores what it changed before closing.
 */
final class Dba implements AutoCloseable {
  private final Connection db;

  Dba(DataSource database) throws SQLException {
    db = database.getConnection();
    db.setAutoCommit(true);
    query("select pg_advisory_lock(?)", HashChain.APPEND_LOCK);
    try {
      execute("set session_replication_role = replica");
    } catch (SQLException e) {
      query("select pg_advisory_unlock(?)", HashChain.APPEND_LOCK);
      db.close();
      throw e;
    }
  }

  int execute(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepared(sql, parameters)) {
      statement.execute();
      return statement.getUpdateCount();
    }
  }

  List<Object[]> query(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepared(sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<Object[]> result = new ArrayList<>();
      int width = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        Object[] row = new Object[width];
        for (int i = 0; i < width; i++) {
          // Instants as OffsetDateTime, exact to the microsecond both ways.
          row[i] =
              "timestamptz".equals(rows.getMetaData().getColumnTypeName(i + 1))
                  ? rows.getObject(i + 1, OffsetDateTime.class)
                  : rows.getObject(i + 1);
        }
        result.add(row);
      }
      return result;
    }
  }

  long number(String sql, Object... parameters) throws SQLException {
    return ((Number) query(sql, parameters).get(0)[0]).longValue();
  }

  PreparedStatement prepared(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  @Override
  public void close() throws SQLException {
    try {
      execute("set session_replication_role = origin");
    } finally {
      try {
        query("select pg_advisory_unlock(?)", HashChain.APPEND_LOCK);
      } finally {
        db.close();
      }
    }
  }
}
