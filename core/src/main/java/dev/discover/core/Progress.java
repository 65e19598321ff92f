package dev.discover.core;

/** Receives progress of long computations: a stage name and a fraction done in [0, 1]. */
@FunctionalInterface
public interface Progress {
  /** Reports that {@code stage} is {@code fraction} done. */
  void report(String stage, double fraction);

  /** Discards everything. */
  Progress SILENT = (stage, fraction) -> { };
}
