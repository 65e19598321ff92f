/**
 * The types every module shares, below all of them: {@link dev.discover.io.Csv} reads a comma-separated
 * {@link dev.discover.io.Table}, {@link dev.discover.io.InputException} is the one bad-input error with one
 * message format (source, line, column or field, what was expected), {@link dev.discover.io.Progress}
 * receives progress of long computations, and {@link dev.discover.io.AtomicFile} writes output files whole
 * or not at all.
 */
package dev.discover.io;
