package dev.discover.distributed;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress line of a batch on standard error: jobs done of the total, failures, and the time left
 * extrapolated from the jobs done so far in this run; at most one line a second, and a last one at the end.
 */
final class BatchProgress {
  private static final long INTERVAL_NS = 1_000_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private final String label;
  private final int total;
  private final int skipped;
  private final long start = System.nanoTime();
  private long last;
  private int done;
  private int failures;

  /** {@code skipped} of {@code total} were done before this run (resumed). */
  BatchProgress(PrintWriter err, boolean enabled, String label, int total, int skipped) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
    this.total = total;
    this.skipped = skipped;
  }

  /** One more finished; {@code failure} when it did not succeed. */
  void done(boolean failure) {
    done++;
    if (failure) failures++;
    long now = System.nanoTime();
    if (!enabled || (now - last < INTERVAL_NS && skipped + done < total)) return;
    last = now;
    double elapsed = (now - start) / 1e9;
    int left = total - skipped - done;
    String eta = left == 0 ? "done" : String.format(Locale.ROOT, "about %s left", duration(elapsed / done * left));
    err.printf(Locale.ROOT, "%s: %d/%d done, %d failed, %s (%.1f s)%n", label, skipped + done, total, failures, eta, elapsed);
    err.flush();
  }

  private static String duration(double s) {
    if (s < 90) return String.format(Locale.ROOT, "%.0f s", s);
    if (s < 5400) return String.format(Locale.ROOT, "%.0f min", s / 60);
    return String.format(Locale.ROOT, "%.1f h", s / 3600);
  }
}
