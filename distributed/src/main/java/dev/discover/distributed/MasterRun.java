package dev.discover.distributed;

import dev.discover.cli.Main;
import dev.discover.core.NullSpaceExecutor;
import dev.discover.io.InputException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code discover FILE --master URL [--parallelism N] [--conf spark.K=V] [--connect-timeout S] [--executor-timeout S]}:
 * the plain law search with its exact
 * null-space stage on Spark ({@link SparkNullSpace}); every other option is the plain command's. The Spark options
 * are taken off the command line here, so the plain command never sees them.
 */
final class MasterRun {
  private MasterRun() {}

  /**
   * Whether the command line is a law search ({@code discover FILE}, no subcommand) that names a master; other
   * commands have no null-space stage to share out, and their parser rejects {@code --master}.
   */
  static boolean applies(String... args) {
    if (args.length == 0 || args[0].equals("batch") || args[0].equals("sweep")) return false;
    if (Main.commandLine().getSubcommands().containsKey(args[0])) return false;
    for (String a : args) if (a.equals("--master") || a.startsWith("--master=")) return true;
    return false;
  }

  /** Runs it; the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    List<String> rest = new ArrayList<>();
    String master = "local[*]";
    int parallelism = 0;
    int connectTimeout = 10;
    int executorTimeout = 60;
    List<String> conf = new ArrayList<>();
    JavaSparkContext sc = null;
    NullSpaceExecutor previous = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
        boolean ours = List.of("--master", "--parallelism", "--conf", "--connect-timeout", "--executor-timeout").contains(name);
        if (!ours) { rest.add(a); continue; }
        String v;
        if (a.contains("=") && !a.equals(name)) v = a.substring(name.length() + 1);
        else if (i + 1 < args.length) v = args[++i];
        else throw new InputException(name + ": expected a value");
        switch (name) {
          case "--master" -> master = v;
          case "--parallelism" -> parallelism = number(name, v, 0, "a number of cores");
          case "--connect-timeout" -> connectTimeout = number(name, v, 1, "seconds >= 1");
          case "--executor-timeout" -> executorTimeout = number(name, v, 1, "seconds >= 1");
          default -> conf.add(v);
        }
      }
      SparkSetup setup = new SparkSetup(master, parallelism, conf, connectTimeout * 1000L, executorTimeout * 1000L);
      sc = setup.open("discover laws");
      previous = NullSpaceExecutor.install(new SparkNullSpace(sc));
      return Main.run(out, err, rest.toArray(String[]::new));
    } catch (InputException e) {
      err.println("discover: " + InputException.printable(e.getMessage()));
      err.flush();
      return 2;
    } finally {
      if (previous != null) NullSpaceExecutor.install(previous);
      if (sc != null) sc.stop();
    }
  }

  private static int number(String option, String v, int least, String expected) {
    try {
      int n = Integer.parseInt(v);
      if (n >= least) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(option + ": expected " + expected + ", got '" + dev.discover.io.Csv.excerpt(v, 40) + "'");
  }
}
