package dev.discover.cli;

import dev.discover.core.InputException;
import dev.discover.core.data.SimulationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Maps the data commands' failures to one line on standard error and an exit code, so that each command
 * behaves the same whether run under {@code Main} or alone: 2 for bad input, 1 for a failed integration or
 * an internal error. No stack traces unless DISCOVER_DEBUG is set.
 */
final class DataErrors {
  private DataErrors() {}

  static int run(CommandSpec spec, Callable<Integer> body) {
    PrintWriter err = spec.commandLine().getErr();
    String name = "discover " + spec.name();
    try {
      return body.call();
    } catch (InputException | IllegalArgumentException e) {
      err.println(name + ": " + e.getMessage());
      return 2;
    } catch (SimulationException e) {
      err.println(name + ": " + e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println(name + ": cannot write output: " + e.getMessage());
      return 1;
    } catch (Exception e) {
      err.println(name + ": internal error: " + e);
      if (System.getenv("DISCOVER_DEBUG") != null) e.printStackTrace(err);
      return 1;
    } finally {
      err.flush();
      spec.commandLine().getOut().flush();
    }
  }
}
