package dev.discover.io;

/**
 * Receives progress of long computations: a stage name with the fraction done in [0, 1], and free-text
 * notes (a stage finished, a route tried). Implementations must tolerate calls from several threads if the
 * computation they watch is parallel; the engine never writes progress to standard output.
 */
@FunctionalInterface
public interface Progress {
  /** Reports that {@code stage} is {@code fraction} done. */
  void report(String stage, double fraction);

  /** A note in words; ignored unless the receiver shows notes. */
  default void note(String message) { }

  /** The computation is over: a receiver that draws (a progress bar) cleans up. */
  default void finish() { }

  /** Discards everything. */
  Progress SILENT = (stage, fraction) -> { };
}
