/** The discover command line (picocli): parsing arguments, printing reports, mapping errors to exit codes. No mathematics. */
package dev.discover.cli;
