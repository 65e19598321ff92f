package dev.discover.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code discover} command. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code: 0 success, 1 internal failure, 2 bad input. */
  public static void main(String... args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The configured command line: laws as the top-level command, other jobs as subcommands. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new LawsCommand());
    cl.addSubcommand(new SimulateCommand());
    cl.addSubcommand(new EquationsCommand());
    cl.addSubcommand(new InvariantsCommand());
    cl.addSubcommand(new FormulaCommand());
    return ExitCodes.install(cl);
  }

  /** A command run on its own (scripts, tests) with the same exit codes and messages as under {@code discover}. */
  public static CommandLine commandLine(Object command) { return ExitCodes.install(new CommandLine(command)); }

  /** The version, from the jar manifest when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"discover " + (v == null ? "0.1.0" : v)};
    }
  }
}
