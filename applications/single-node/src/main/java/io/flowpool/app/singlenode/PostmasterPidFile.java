package io.flowpool.app.singlenode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} of a PostgreSQL data folder, which names the server process running on
 * it. A server stops and removes it; one whose machine crashed leaves it behind, naming a process
 * that no longer runs.
 */
record PostmasterPidFile(long pid) {

  /** The file of the folder, if there is one that names a process. */
  static Optional<PostmasterPidFile> of(Path dataDir) {
    try {
      List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
      return Optional.of(new PostmasterPidFile(Long.parseLong(lines.get(0).trim())));
    } catch (IOException | RuntimeException noServerNamed) {
      return Optional.empty();
    }
  }

  /**
   * True if the named process still runs and is a PostgreSQL server (after a crash and a reboot the
   * number may belong to another program). If the system does not say what a process runs, it
   * counts as one.
   */
  boolean serverRunning() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(true))
        .orElse(false);
  }
}
