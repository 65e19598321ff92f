/**
 * The discover command line (picocli): laws from a system file as the top-level command, and the subcommands
 * simulate, equations, invariants and formula. Parses arguments, prints reports, maps errors to exit codes;
 * no mathematics.
 */
package dev.discover.cli;
