package dev.discover.distributed;

import dev.discover.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one job where it lands (the driver in local mode, an executor on a cluster) through the {@code discover}
 * command line itself, in this JVM, with its output captured: the result is what that command prints alone, by
 * construction, and a batch never re-implements a command.
 */
final class JobRunner {
  private JobRunner() {}

  /** Runs the job; never throws (a crash of the command becomes a {@code failed} record). */
  static JobResult run(Job job) {
    long start = System.nanoTime();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    String crash = "";
    try {
      code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), job.args().toArray(String[]::new));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      code = 1;
      crash = "internal error: " + e;
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    String status = code == 0 ? JobResult.OK : code == 2 ? JobResult.BAD_INPUT : JobResult.FAILED;
    String error = code == 0 ? "" : crash.isEmpty() ? message(err.toString(), code) : crash;
    return JobResult.of(job.id(), job.line(), job.type(), status, ms, error, out.toString(), job.json());
  }

  /** The command's message lines (warnings left out), joined; the exit code when it printed none. */
  private static String message(String err, int code) {
    List<String> lines = new ArrayList<>();
    for (String l : err.split("\\R")) {
      String t = l.strip();
      if (!t.isEmpty() && !t.startsWith("discover: warning:") && !t.startsWith("Try 'discover --help'")) lines.add(t);
    }
    return lines.isEmpty() ? "exit code " + code + " without a message" : String.join(" ", lines);
  }
}
