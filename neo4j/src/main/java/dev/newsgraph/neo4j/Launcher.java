package dev.newsgraph.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;
import picocli.CommandLine;

/**
 * Runs Neo4j Community in the foreground for the Node process that spawned it.
 *
 * <p>Usage: {@code Launcher <home-dir> <config-dir>}, with the initial password in the
 * NEO4J_INITIAL_PASSWORD environment variable (never on the command line, where ps shows it).
 *
 * <p>The parent keeps our stdin open as a lifeline: when it closes, whether the parent exited
 * cleanly or was killed, the database shuts down and the JVM exits, so no orphan is left.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Launcher <home-dir> <config-dir>");
      System.exit(64);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path conf = Path.of(args[1]).toAbsolutePath();

    // The initial password only takes effect before the system database exists.
    String password = System.getenv("NEO4J_INITIAL_PASSWORD");
    if (password != null && !Files.exists(home.resolve("data/databases/system"))) {
      SetInitialPasswordCommand command = new SetInitialPasswordCommand(new ExecutionContext(home, conf));
      int status = new CommandLine(command).execute(password);
      if (status != 0) {
        System.err.println("launcher: could not set the initial password (exit " + status + ")");
        System.exit(status);
      }
    }

    CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
    watchLifeline(bootstrapper);
    int status = NeoBootstrapper.start(bootstrapper, "--home-dir", home.toString(), "--config-dir", conf.toString());
    if (status != 0) {
      System.err.println("launcher: Neo4j failed to start (exit " + status + "), see " + home.resolve("logs"));
      System.exit(status);
    }
  }

  private static void watchLifeline(CommunityBootstrapper bootstrapper) {
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // Drain until the parent closes the pipe.
        }
      } catch (IOException ignored) {
        // A broken pipe means the same thing as EOF: the parent is gone.
      }
      if (bootstrapper.isRunning()) {
        bootstrapper.stop();
      }
      System.exit(0);
    }, "parent-lifeline");
    watcher.setDaemon(true);
    watcher.start();
  }
}
