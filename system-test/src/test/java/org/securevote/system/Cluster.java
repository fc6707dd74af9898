package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-instance deployment group behind HAProxy that server-config/cluster.sh builds, as an
 * operator runs it, on its own ports and database beside the suite's single test domain.
 */
final class Cluster {
  static final String DOMAIN = "secure-vote-it-cluster";
  static final List<String> INSTANCES = List.of("sv-1", "sv-2");
  private static final Pattern STICKY = Pattern.compile("key=(\\S+) .*server_key=(\\S+)");

  private final Path repo = Path.of(property("it.repo.dir"));
  private final Path payara = Path.of(property("it.payara.home"));
  private final Path home = repo.resolve("system-test/target/cluster-home");
  private final int base = Integer.parseInt(property("it.cluster.port.base"));
  private final String database = "voting_it_cluster";

  /**
   * The cluster runs as the README's "Database roles" tell an operator: migrations as an owner
   * role, the pool as a role that owns only the swept tables and cannot rewrite the audit trail.
   */
  static final String OWNER_ROLE = "voting_owner";

  static final String APP_ROLE = "voting_app";
  private final String signingKey = randomKey();
  final OwnPostgres postgres = new OwnPostgres(base + 432);

  /** HTTPS through the balancer. */
  String url() {
    return "https://localhost:" + (base + 443);
  }

  String dbUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database;
  }

  /** The instance's own HTTPS address, bypassing the balancer. */
  String instanceUrl(String instance) {
    return "https://localhost:" + (base + 100 * (INSTANCES.indexOf(instance) + 1) + 81);
  }

  /**
   * Runs cluster.sh up: creates everything the first time, afterwards starts what is not running.
   */
  void up(boolean freshDatabase) {
    up(freshDatabase, Map.of());
  }

  /** As above, with more environment, e.g. VOTING_EAR naming another build. */
  void up(boolean freshDatabase, Map<String, String> more) {
    postgres.start();
    createRoles();
    Map<String, String> env = new HashMap<>(more);
    env.put("PAYARA_HOME", payara.toString());
    env.put("VOTING_HOME", home.toString());
    env.put("VOTING_SKIP_BUILD", "true");
    env.put("VOTING_CLUSTER_PORT_BASE", Integer.toString(base));
    env.put("VOTING_CLUSTER_DOMAIN", DOMAIN);
    env.put("VOTING_DB_URL", dbUrl());
    env.put("VOTING_DB_USER", APP_ROLE);
    env.put("VOTING_DB_OWNER_USER", OWNER_ROLE);
    env.put("VOTING_DB_POOL_MAX", "8");
    env.put("VOTING_DB_RECREATE", Boolean.toString(freshDatabase));
    env.put("VOTING_ADMIN_EMAIL", Deployed.adminEmail());
    env.put("VOTING_ADMIN_PASSWORD", Deployed.adminPassword());
    env.put("VOTING_MASTER_KEY", Deployed.masterKey());
    env.put("VOTING_SIGNING_KEY", signingKey);
    env.put("VOTING_SMTP_HOST", "127.0.0.1");
    env.put("VOTING_SMTP_PORT", property("it.smtp.port"));
    env.put("VOTING_PAYARA_ADMIN_PASSWORD", property("it.payara.admin.password"));
    // Clients of the address tests come from these loopback addresses through the balancer.
    env.put("VOTING_BURST_REQUESTS", "30");
    // Bursts are only recorded, never refused; a long window keeps a slow machine's 40 requests in
    // one (a burst test failed under a load average of 20 with the default 10 s).
    env.put("VOTING_BURST_SECONDS", "120");
    // Long enough that a view left stale on one instance by a change on the other shows.
    env.put("VOTING_PUBLIC_CACHE_SECONDS", "600");
    env.put(
        "VOTING_ALLOWED_NETWORKS",
        "127.0.0.1/32, 127.0.0.3, 127.0.0.4, 127.0.0.5, 127.0.0.6, 127.0.0.7");
    run("up", env);
  }

  /** The README's roles, made by the database's superuser (trust authentication here). */
  private void createRoles() {
    String server = "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres";
    try (Connection superuser = DriverManager.getConnection(server, Deployed.dbUser(), "");
        Statement sql = superuser.createStatement()) {
      for (String role : List.of(APP_ROLE, OWNER_ROLE)) {
        try (ResultSet found =
            sql.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
          if (!found.next()) {
            sql.execute(
                "create role " + role + " login" + (role.equals(OWNER_ROLE) ? " createdb" : ""));
          }
        }
      }
      sql.execute("grant " + APP_ROLE + " to " + OWNER_ROLE);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the cluster's database roles", e);
    }
  }

  void down() {
    run("down", Map.of("PAYARA_HOME", payara.toString(), "VOTING_HOME", home.toString()));
    postgres.remove();
  }

  private void run(String command, Map<String, String> env) {
    Path log = home.resolveSibling("cluster-" + command + ".log");
    try {
      Files.createDirectories(home);
      ProcessBuilder builder =
          new ProcessBuilder("bash", repo.resolve("server-config/cluster.sh").toString(), command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().keySet().removeIf(name -> name.startsWith("VOTING_"));
      builder.environment().putAll(env);
      builder.environment().put("VOTING_CLUSTER_PORT_BASE", Integer.toString(base));
      builder.environment().put("VOTING_CLUSTER_DOMAIN", DOMAIN);
      int exit = builder.start().waitFor();
      assertEquals(0, exit, "cluster.sh " + command + " failed; see " + log);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The EAR cluster.sh deploys by default, for a test to make a "new build" of. */
  Path ear() {
    return repo.resolve("voting-ear/target/secure-vote.ear");
  }

  /** The instance the balancer keeps this session on, from its stick table. */
  String instanceHolding(String sessionId) {
    String table =
        shell(
            "echo 'show table instances' | socat - UNIX-CONNECT:"
                + home.resolve("cluster/haproxy.sock"));
    for (String line : table.lines().toList()) {
      Matcher m = STICKY.matcher(line);
      if (m.find() && m.group(1).equals(sessionId)) {
        return m.group(2);
      }
    }
    throw new IllegalStateException("No instance holds session " + sessionId + ":\n" + table);
  }

  /** The instance's server.log so far; empty before its first start. */
  String log(String instance) {
    Path log = instanceDir(instance).resolve("logs/server.log");
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** kill -9: the instance gets no chance to hand anything over. */
  void kill(String instance) {
    ProcessHandle process = process(instance).orElseThrow();
    process.destroyForcibly();
    process.onExit().join();
  }

  boolean running(String instance) {
    return process(instance).map(ProcessHandle::isAlive).orElse(false);
  }

  private Optional<ProcessHandle> process(String instance) {
    Path pid = instanceDir(instance).resolve("config/pid");
    try {
      return ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Where cluster.sh's node keeps the instance: its config, logs and pid file. */
  private Path instanceDir(String instance) {
    return payara.resolve("glassfish/nodes/localhost-" + DOMAIN + "/" + instance);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String shell(String command) {
    try {
      Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes());
      process.waitFor();
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run the tests through ./mvnw verify");
    }
    return value;
  }
}
