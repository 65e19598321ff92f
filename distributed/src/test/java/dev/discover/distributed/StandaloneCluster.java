package dev.discover.distributed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real standalone Spark cluster on 127.0.0.1 for tests: a Master and Worker JVMs started from the test class
 * path (the Maven artifacts; nothing is downloaded), each worker with one core. {@link #close} stops every process
 * it started, the executors the workers launched included.
 */
final class StandaloneCluster implements AutoCloseable {
  private final List<Process> processes = new ArrayList<>();
  private final List<ProcessHandle> children = new ArrayList<>();
  private final List<Process> workers = new ArrayList<>();
  private final Path dir;
  private int port;
  private int uiPort;

  private StandaloneCluster(Path dir) { this.dir = dir; }

  /** Starts a master and {@code workers} workers, and waits until every worker has registered. */
  static StandaloneCluster start(Path dir, int workerCount) throws IOException, InterruptedException {
    StandaloneCluster c = new StandaloneCluster(dir);
    try {
      c.port = freePort();
      c.uiPort = freePort();
      Path home = dir.resolve("spark-home");
      Files.createDirectories(home.resolve("jars")); // executors get their class path from the driver
      c.processes.add(c.launch("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
          "--port", Integer.toString(c.port), "--webui-port", Integer.toString(c.uiPort)), home));
      c.await(() -> c.listening(), "the master to listen on port " + c.port);
      for (int i = 0; i < workerCount; i++) {
        Process w = c.launch("worker" + i, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
            "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
            "--work-dir", dir.resolve("work" + i).toString(), c.url()), home);
        c.processes.add(w);
        c.workers.add(w);
      }
      c.await(() -> c.aliveWorkers() == workerCount, workerCount + " workers to register");
      return c;
    } catch (IOException | InterruptedException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** The master's URL. */
  String url() { return "spark://127.0.0.1:" + port; }

  /** Kills a worker JVM (SIGKILL, as a crash) and returns the processes it had started (its executor). */
  List<ProcessHandle> killWorker(int i) {
    Process w = workers.get(i);
    List<ProcessHandle> kids = w.descendants().toList();
    children.addAll(kids);
    w.destroyForcibly();
    return kids;
  }

  /** How many workers the master counts as alive (its JSON status page). */
  int aliveWorkers() {
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)").matcher(r.body());
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  @Override
  public void close() {
    for (Process p : processes) children.addAll(p.descendants().toList());
    for (ProcessHandle h : children) h.destroyForcibly();
    for (Process p : processes) p.destroyForcibly();
    for (Process p : processes) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (ProcessHandle h : children) h.onExit().join();
  }

  /** Whether any process this cluster started (workers' executors included) is still alive. */
  boolean anyAlive() {
    return processes.stream().anyMatch(Process::isAlive) || children.stream().anyMatch(ProcessHandle::isAlive);
  }

  private Process launch(String name, List<String> mainAndArgs, Path home) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    for (String o : SparkSetup.JAVA_OPTIONS.split(" ")) if (!o.startsWith("-Xss")) cmd.add(o);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    return pb.start();
  }

  private boolean listening() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void await(java.util.function.BooleanSupplier ok, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 240_000_000_000L; // generous: the machine may be shared
    while (!ok.getAsBoolean()) {
      for (Process p : processes) {
        if (!p.isAlive()) throw new IllegalStateException("a cluster process exited while waiting for " + what + "; " + logs());
      }
      if (System.nanoTime() > deadline) throw new IllegalStateException("timed out waiting for " + what + "; " + logs());
      Thread.sleep(200);
    }
  }

  /** The ends of the processes' logs, for a failure message. */
  private String logs() {
    StringBuilder b = new StringBuilder("logs in " + dir);
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        b.append("\n--- ").append(f.getFileName()).append(":\n")
            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
      }
    } catch (IOException e) {
      b.append(" (unreadable: ").append(e.getMessage()).append(')');
    }
    return b.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
