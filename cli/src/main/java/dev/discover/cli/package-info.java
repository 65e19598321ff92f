/** The {@code discover} command line: picocli commands that parse arguments and print results; no mathematics. */
package dev.discover.cli;
