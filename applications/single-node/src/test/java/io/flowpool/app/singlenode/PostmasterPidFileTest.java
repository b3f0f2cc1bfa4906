package io.flowpool.app.singlenode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a data folder's postmaster.pid says about a server still running on it. */
class PostmasterPidFileTest {

  @TempDir Path dataDir;

  @Test
  void a_folder_without_the_file_names_no_server() {
    assertThat(PostmasterPidFile.of(dataDir)).isEmpty();
  }

  @Test
  void a_file_left_by_a_crash_names_a_process_that_no_longer_runs() throws Exception {
    Process exited = new ProcessBuilder("true").start();
    exited.waitFor();
    write(exited.pid());

    assertThat(PostmasterPidFile.of(dataDir))
        .hasValueSatisfying(
            file -> {
              assertThat(file.pid()).isEqualTo(exited.pid());
              assertThat(file.serverRunning()).isFalse();
            });
  }

  @Test
  void a_number_that_now_belongs_to_another_program_is_no_server() throws Exception {
    write(ProcessHandle.current().pid());

    assertThat(PostmasterPidFile.of(dataDir).orElseThrow().serverRunning()).isFalse();
  }

  @Test
  void an_unreadable_file_names_no_server() throws Exception {
    Files.writeString(dataDir.resolve("postmaster.pid"), "not a number\n");

    assertThat(PostmasterPidFile.of(dataDir)).isEmpty();
  }

  /** The first lines of a postmaster.pid: process, data folder, start time, port. */
  private void write(long pid) throws Exception {
    Files.writeString(
        dataDir.resolve("postmaster.pid"), pid + "\n" + dataDir + "\n1764000000\n5432\n");
  }
}
