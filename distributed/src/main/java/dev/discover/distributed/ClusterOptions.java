package dev.discover.distributed;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every distributed command shares: where Spark runs, how wide, and the progress line. */
final class ClusterOptions {
  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "local[*] (default: Spark inside this JVM, every core), local[N], spark://HOST:PORT (standalone), yarn or k8s://URL")
  String master;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "0", description = "cores to use (default: all the master offers)")
  int parallelism;

  @Option(names = "--conf", paramLabel = "spark.KEY=VALUE", description = "a Spark setting, e.g. spark.executor.memory=4g; repeatable")
  List<String> conf = new ArrayList<>();

  @Option(names = "--connect-timeout", paramLabel = "S", defaultValue = "10", description = "seconds to reach a standalone master (default 10)")
  int connectTimeout;

  @Option(names = "--executor-timeout", paramLabel = "S", defaultValue = "60", description = "seconds to wait for the first executor of a cluster (default 60)")
  int executorTimeout;

  @Option(names = {"-q", "--quiet"}, description = "no progress or summary on standard error")
  boolean quiet;

  @Option(names = "--progress", description = "show the progress line also when standard error is not a terminal")
  boolean progress;

  /** The Spark setup these options describe; checked. */
  SparkSetup setup() {
    if (connectTimeout < 1) throw new dev.discover.io.InputException("--connect-timeout: expected seconds >= 1, got " + connectTimeout);
    if (executorTimeout < 1) throw new dev.discover.io.InputException("--executor-timeout: expected seconds >= 1, got " + executorTimeout);
    return new SparkSetup(master, parallelism, conf, connectTimeout * 1000L, executorTimeout * 1000L);
  }

  /** Progress is shown when standard error is a terminal (the check every command uses) unless quiet, or when asked for. */
  boolean progressShown() { return !quiet && (progress || dev.discover.io.ProgressBar.standardErrorIsTerminal()); }
}
