package dev.discover.cli;

import dev.discover.io.Progress;
import java.io.PrintWriter;

/**
 * Progress on standard error, for runs longer than a couple of seconds: one line per stage change or per
 * second, "stage NN% (elapsed s, about N s left)", the remaining time extrapolated from the stage's progress.
 */
final class ProgressPrinter implements Progress {
  private static final long QUIET_START_NS = 2_000_000_000L;
  private static final long INTERVAL_NS = 1_000_000_000L;
  private final PrintWriter err;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private long last;
  private String lastStage = "";
  private String stageName = "";
  private long stageStart;
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
    if (!stage.equals(stageName)) {
      stageName = stage;
      stageStart = now;
    }
    if (stage.equals(lastStage) && now - last < INTERVAL_NS) return;
    last = now;
    lastStage = stage;
    printed = true;
    double f = Math.max(0, Math.min(1, fraction));
    // The remaining time of the stage, extrapolated from its progress so far, once that is meaningful.
    double inStage = (now - stageStart) / 1e9;
    String left = f > 0.02 && f < 1 && inStage > 1 ? String.format(", about %.0f s left", inStage * (1 - f) / f) : "";
    err.printf("discover: %-16s %3d%%  (%.1f s%s)%n", stage, Math.round(100 * f), (now - start) / 1e9, left);
    err.flush();
  }

  void finish() {
    if (printed && !quiet) err.flush();
  }
}
