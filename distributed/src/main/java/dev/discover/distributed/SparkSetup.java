package dev.discover.distributed;

import dev.discover.io.InputException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The one place where a Spark context is made: the master checked (a standalone master must accept a TCP
 * connection within the connect timeout, and give the application an executor within the executor timeout;
 * otherwise one clear line and exit code 2, never a hang), Spark's web UI and console progress off, and, for a
 * standalone master, the executors started with this JVM's class path and the Java 17 options Spark needs.
 *
 * @param master {@code local[*]}, {@code local[N]}, {@code spark://HOST:PORT[,HOST:PORT]}, {@code yarn} or {@code k8s://URL}
 * @param parallelism the number of cores to use (0: all that the master offers)
 * @param conf extra Spark settings, {@code key=value}, applied last
 * @param connectTimeoutMs how long to try to reach a standalone master
 * @param executorTimeoutMs how long to wait for the first executor of a cluster
 */
record SparkSetup(String master, int parallelism, List<String> conf, long connectTimeoutMs, long executorTimeoutMs) {
  /** The options executors need on Java 17 (the list of Spark's own launcher), and the engine's stack size. */
  static final String JAVA_OPTIONS = "-Xss16m -XX:+IgnoreUnrecognizedVMOptions"
      + " --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED"
      + " --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED"
      + " --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED"
      + " --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
      + " --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED"
      + " --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED"
      + " --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"
      + " -Djdk.reflect.useDirectMethodHandle=false";

  /** Checks the settings once. */
  SparkSetup {
    conf = List.copyOf(conf);
    if (parallelism < 0) throw new InputException("--parallelism: expected a number of cores >= 1, got " + parallelism);
    String m = master.strip();
    if (!(m.equals("local") || m.matches("local\\[(\\*|[1-9][0-9]*)(,[0-9]+)?]") || m.startsWith("spark://")
        || m.equals("yarn") || m.startsWith("k8s://"))) {
      throw new InputException("--master: expected local[*], local[N], spark://HOST:PORT, yarn or k8s://URL, got '" + master + "'");
    }
    for (String c : conf) {
      if (!c.matches("spark\\.[^=]+=.*")) throw new InputException("--conf: expected spark.KEY=VALUE, got '" + c + "'");
    }
  }

  /** Whether the master is a standalone cluster. */
  boolean standalone() { return master.startsWith("spark://"); }

  /** Whether Spark runs inside this JVM. */
  boolean local() { return master.startsWith("local"); }

  /** A started context; the caller stops it. Throws {@link InputException} when the master cannot be used. */
  JavaSparkContext open(String appName) {
    if (standalone()) reachable();
    SparkConf c = new SparkConf().setAppName(appName).setMaster(effectiveMaster());
    c.set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
    // settings spark-submit (or -Dspark.* properties) gave are kept
    if (local() || loopbackMaster()) c.setIfMissing("spark.driver.host", "127.0.0.1");
    if (!local()) {
      c.setIfMissing("spark.executor.extraJavaOptions", JAVA_OPTIONS);
      // On one machine, or nodes with the project at the same path, executors load the driver's class path.
      c.setIfMissing("spark.executor.extraClassPath", classPath());
      if (parallelism > 0) c.set("spark.cores.max", Integer.toString(parallelism));
    }
    for (String kv : conf) {
      int eq = kv.indexOf('=');
      c.set(kv.substring(0, eq), kv.substring(eq + 1));
    }
    JavaSparkContext sc = new JavaSparkContext(c);
    if (!local()) awaitExecutor(sc);
    return sc;
  }

  /** This JVM's class path, absolute (a jar's manifest Class-Path is followed by the executors' JVMs too). */
  private static String classPath() {
    List<String> out = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!e.isEmpty()) out.add(java.nio.file.Path.of(e).toAbsolutePath().toString());
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  /** {@code local[*]} with a parallelism becomes {@code local[N]}. */
  String effectiveMaster() {
    if (parallelism > 0 && (master.equals("local[*]") || master.equals("local"))) return "local[" + parallelism + "]";
    return master;
  }

  /** The cores a batch keeps busy: the parallelism, else what the context offers. */
  int cores(JavaSparkContext sc) { return parallelism > 0 ? parallelism : Math.max(1, sc.defaultParallelism()); }

  private List<InetSocketAddress> addresses() {
    List<InetSocketAddress> out = new ArrayList<>();
    for (String hp : master.substring("spark://".length()).split(",")) {
      int colon = hp.lastIndexOf(':');
      if (colon <= 0 || colon == hp.length() - 1) throw new InputException("--master '" + master + "': expected spark://HOST:PORT, got '" + hp + "'");
      int port;
      try {
        port = Integer.parseInt(hp.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new InputException("--master '" + master + "': expected a port number after ':', got '" + hp.substring(colon + 1) + "'");
      }
      if (port < 1 || port > 65535) throw new InputException("--master '" + master + "': port " + port + " is out of range 1..65535");
      out.add(InetSocketAddress.createUnresolved(hp.substring(0, colon), port));
    }
    return out;
  }

  private boolean loopbackMaster() {
    if (!standalone()) return false;
    return addresses().stream().allMatch(a -> a.getHostString().equals("127.0.0.1") || a.getHostString().equals("localhost"));
  }

  private void reachable() {
    Map<String, String> why = new LinkedHashMap<>();
    for (InetSocketAddress a : addresses()) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(a.getHostString(), a.getPort()), (int) Math.min(Integer.MAX_VALUE, connectTimeoutMs));
        return;
      } catch (IOException | IllegalArgumentException | SecurityException e) {
        why.put(a.getHostString() + ":" + a.getPort(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    }
    throw new InputException("--master " + master + ": cannot reach the Spark master within " + seconds(connectTimeoutMs)
        + " (" + why.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).reduce((x, y) -> x + "; " + y).orElse("")
        + "); is it running? (start one: docs/distributed.md)");
  }

  private void awaitExecutor(JavaSparkContext sc) {
    long deadline = System.nanoTime() + executorTimeoutMs * 1_000_000;
    while (System.nanoTime() < deadline) {
      if (sc.sc().isStopped()) {
        throw new InputException("--master " + master + ": the master did not accept the application (Spark stopped the context)");
      }
      // the driver itself is one of the executor infos
      if (sc.sc().statusTracker().getExecutorInfos().length > 1) return;
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    sc.stop();
    throw new InputException("--master " + master + ": no executor started within " + seconds(executorTimeoutMs)
        + " (are workers registered, with free cores and the memory spark.executor.memory asks for?)");
  }

  private static String seconds(long ms) { return String.format(Locale.ROOT, "%.0f s", ms / 1000.0); }
}
