package dev.discover.cli;

import dev.discover.io.Progress;
import java.io.PrintWriter;

/**
 * Progress on standard error, for runs longer than a couple of seconds: one line per stage change or per
 * second, "stage NN%".
 */
final class ProgressPrinter implements Progress {
  private static final long QUIET_START_NS = 2_000_000_000L;
  private static final long INTERVAL_NS = 1_000_000_000L;
  private final PrintWriter err;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private long last;
  private String lastStage = "";
  private boolean printed;

  ProgressPrinter(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public synchronized void report(String stage, double fraction) {
    if (quiet) return;
    long now = System.nanoTime();
    if (now - start < QUIET_START_NS) return;
    if (stage.equals(lastStage) && now - last < INTERVAL_NS) return;
    last = now;
    lastStage = stage;
    printed = true;
    err.printf("discover: %-16s %3d%%  (%.1f s)%n", stage, Math.round(100 * Math.max(0, Math.min(1, fraction))),
        (now - start) / 1e9);
    err.flush();
  }

  void finish() {
    if (printed && !quiet) err.flush();
  }
}
