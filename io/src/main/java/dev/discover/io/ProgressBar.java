package dev.discover.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress as one line on a terminal, redrawn in place: a bar, the percentage, the current stage, the time so
 * far and the estimated time left in the stage (extrapolated from the stage's own progress once it has run a
 * second and done 2 %). Nothing is drawn in the first second, so short runs stay clean; {@link #finish} clears
 * the line. Use {@link #forStandardError} to get a bar only where standard error is a terminal.
 */
public final class ProgressBar implements Progress {
  private static final long DELAY_NS = 1_000_000_000L;
  private static final long INTERVAL_NS = 100_000_000L;
  private static final int BAR = 24;

  private final PrintWriter out;
  private final LongSupplier clock;
  private final long start;
  private String stage = "";
  private long stageStart;
  private long lastDraw;
  private int lastWidth;

  /** A bar drawn on {@code out}, timed by {@code nanoClock} (System::nanoTime outside tests). */
  public ProgressBar(PrintWriter out, LongSupplier nanoClock) {
    this.out = out;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.stageStart = start;
  }

  /**
   * A bar on {@code err} when standard error is a terminal and not {@code quiet}; otherwise {@link #SILENT}
   * (progress is for people watching, never for logs or pipes).
   */
  public static Progress forStandardError(PrintWriter err, boolean quiet) {
    return quiet || !standardErrorIsTerminal() ? SILENT : new ProgressBar(err, System::nanoTime);
  }

  /** Whether this process's standard error is a terminal (Linux: where fd 2 points; elsewhere: a console). */
  public static boolean standardErrorIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) return false;
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.exists(Path.of("/proc/self/fd"))) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
    return System.console() != null;
  }

  @Override
  public synchronized void report(String name, double fraction) {
    long now = clock.getAsLong();
    if (!name.equals(stage)) {
      stage = name;
      stageStart = now;
    } else if (now - lastDraw < INTERVAL_NS) {
      return;
    }
    if (now - start < DELAY_NS) return;
    lastDraw = now;
    draw(line(name, fraction, now));
  }

  /** The line for a stage at a fraction, at time {@code now}. */
  String line(String name, double fraction, long now) {
    double f = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
    int filled = (int) Math.round(f * BAR);
    double inStage = (now - stageStart) / 1e9;
    String left = f > 0.02 && f < 1 && inStage >= 1 ? String.format(Locale.ROOT, ", about %s left", seconds(inStage * (1 - f) / f)) : "";
    return String.format(Locale.ROOT, "[%s%s] %3d%%  %s  (%s%s)", "#".repeat(filled), "-".repeat(BAR - filled),
        Math.round(100 * f), name, seconds((now - start) / 1e9), left);
  }

  private static String seconds(double s) {
    if (s < 60) return String.format(Locale.ROOT, "%.0f s", Math.max(0, s));
    return String.format(Locale.ROOT, "%d min %02d s", (long) s / 60, (long) s % 60);
  }

  private void draw(String line) {
    int pad = Math.max(0, lastWidth - line.length());
    out.print("\r" + line + " ".repeat(pad));
    out.flush();
    lastWidth = line.length();
  }

  /** Clears the line, so what follows starts on a clean one. */
  @Override
  public synchronized void finish() {
    if (lastWidth == 0) return;
    out.print("\r" + " ".repeat(lastWidth) + "\r");
    out.flush();
    lastWidth = 0;
  }
}
