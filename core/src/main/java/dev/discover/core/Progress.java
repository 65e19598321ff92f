package dev.discover.core;

/** Receives progress of long computations: a stage name and a fraction done in [0, 1]. */
@FunctionalInterface
public interface Progress extends dev.discover.io.Progress {
  /** Discards everything. */
  Progress SILENT = (stage, fraction) -> { };
}
