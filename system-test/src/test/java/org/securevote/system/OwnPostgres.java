package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server of ClusterIT's own, from this machine's PostgreSQL binaries, so that the test
 * can stop and restart the cluster's database without touching the one everything else uses.
 */
final class OwnPostgres {
  private final int port;
  private final Path data;
  private final String bin;

  OwnPostgres(int port) {
    this.port = port;
    this.data = Path.of("/tmp/secure-vote-it-postgres-" + port);
    String version = Cluster.shell("ls /usr/lib/postgresql | sort -V | tail -1").strip();
    this.bin = "/usr/lib/postgresql/" + version + "/bin/";
  }

  int port() {
    return port;
  }

  /**
   * Creates the server's files the first time (trust on 127.0.0.1, as the machine's own), starts
   * it.
   */
  void start() {
    if (!Files.isDirectory(data)) {
      asPostgres(bin + "initdb -A trust -U postgres -D " + data + " >/dev/null");
    } else if (running()) {
      return;
    }
    asPostgres(
        bin
            + "pg_ctl -w -s -D "
            + data
            + " -l "
            + data
            + ".log -o '-p "
            + port
            + " -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200' start");
  }

  /** A fast shutdown: open connections are cut, as when the database host restarts. */
  void stop() {
    asPostgres(bin + "pg_ctl -w -s -m fast -D " + data + " stop");
  }

  private boolean running() {
    return Cluster.shell(asPostgresLine(bin + "pg_ctl -D " + data + " status"))
        .contains("server is running");
  }

  /** Stops it and removes its files. */
  void remove() {
    if (Files.isDirectory(data) && running()) {
      stop();
    }
    Cluster.shell("rm -rf " + data + " " + data + ".log");
  }

  // initdb and the server refuse to run as root.
  private static String asPostgresLine(String command) {
    return System.getProperty("user.name").equals("root")
        ? "runuser -u postgres -- bash -c \"" + command + "\""
        : command;
  }

  private static void asPostgres(String command) {
    String line = asPostgresLine(command);
    String out = Cluster.shell(line + "; echo \"exit=$?\"");
    assertEquals("exit=0", out.lines().reduce((a, b) -> b).orElse(""), line + "\n" + out);
  }
}
