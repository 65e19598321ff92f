package dev.discover.cli;

import dev.discover.core.data.SimulationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and messages (DESIGN.md): 0 success; 2 bad input (an
 * {@link IllegalArgumentException}, which includes every input exception, or a bad command line, or a
 * simulation that blows up or cannot be integrated up to its end), with one line naming the file, field and
 * what was expected; 1 an output that fails while it is written (its path is checked before the work) or an
 * internal failure. Every failure prints one line on standard error, prefixed by the command
 * ({@code discover equations: ...}); stack traces only when the environment variable DISCOVER_DEBUG is set.
 */
final class ExitCodes implements IExitCodeExceptionMapper, IExecutionExceptionHandler, IParameterExceptionHandler {
  /** The command succeeded. */
  static final int OK = 0;
  /** An output could not be written, or the engine failed. */
  static final int FAILURE = 1;
  /**
   * The input or the command line does not meet the contract, or asks for what it cannot have (a simulation
   * past its blow-up).
   */
  static final int BAD_INPUT = 2;

  /** Installs the mapper on a command line and every subcommand it has now. */
  static CommandLine install(CommandLine cl) {
    ExitCodes codes = new ExitCodes();
    cl.setExitCodeExceptionMapper(codes);
    cl.setExecutionExceptionHandler(codes);
    cl.setParameterExceptionHandler(codes);
    return cl;
  }

  @Override
  public int getExitCode(Throwable t) {
    return t instanceof IllegalArgumentException || t instanceof ParameterException || t instanceof SimulationException
        ? BAD_INPUT : FAILURE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    err.println(prefix(cl) + ": " + oneLine(String.valueOf(message(ex))));
    if (getExitCode(ex) == FAILURE && System.getenv("DISCOVER_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    err.flush();
    cl.getOut().flush();
    return getExitCode(ex);
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    err.println("discover: " + oneLine(String.valueOf(ex.getMessage())));
    err.println("Try 'discover --help' for usage.");
    err.flush();
    return BAD_INPUT;
  }

  private static String message(Exception ex) {
    if (ex instanceof IllegalArgumentException || ex instanceof SimulationException) return ex.getMessage();
    if (ex instanceof IOException || ex instanceof UncheckedIOException) return "cannot write output: " + ex.getMessage();
    if (ex instanceof IllegalStateException) return "internal error: " + ex.getMessage();
    return "internal error: " + ex;
  }

  /** One short printable line, however long the input a message quotes (an option value of a megabyte). */
  private static String oneLine(String message) {
    return dev.discover.io.InputException.printable(dev.discover.io.Csv.excerpt(message, 700));
  }

  /** "discover" for the top-level command, "discover NAME" for a subcommand (also when run on its own). */
  private static String prefix(CommandLine cl) {
    String name = cl.getCommandSpec().name();
    return name.equals("discover") ? name : "discover " + name;
  }
}
