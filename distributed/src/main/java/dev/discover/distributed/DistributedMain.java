package dev.discover.distributed;

import dev.discover.cli.Main;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of {@code discover} with the distributed commands: every command of the plain command line, plus
 * {@code batch} and {@code sweep} on Spark, and {@code discover FILE --master URL} (the exact null space on Spark).
 * The {@code discover} launcher starts this class only for those, so a plain run never loads Spark.
 */
public final class DistributedMain {
  private DistributedMain() {}

  /** Runs the command line and exits with its code. */
  public static void main(String... args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    if (MasterRun.applies(args)) return MasterRun.run(out, err, args);
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The plain command line with the distributed subcommands added. */
  public static CommandLine commandLine() {
    CommandLine cl = Main.commandLine();
    cl.addSubcommand(Main.commandLine(new BatchCommand()));
    cl.addSubcommand(Main.commandLine(new SweepCommand()));
    return cl;
  }
}
