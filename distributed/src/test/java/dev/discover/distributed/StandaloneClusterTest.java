package dev.discover.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code discover batch} on a real standalone cluster (a master and two one-core workers on 127.0.0.1, started
 * from the Maven artifacts): the results equal those of local mode, also when a worker is killed mid-batch, and a
 * law search whose null-space parts run on the cluster prints what the plain command prints.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTest {
  @TempDir static Path dir;
  static StandaloneCluster cluster;
  static Path jobs;
  static Map<String, JsonNode> local;

  @BeforeAll
  static void startClusterAndRunLocally() throws IOException, InterruptedException {
    List<String> lines = new ArrayList<>();
    String[] systems = {"toy", "harmonic-2d", "henon-heiles", "euler-top", "sir", "lorenz", "duffing", "coupled-oscillators"};
    for (int seed = 1; seed <= 2; seed++) {
      for (String s : systems) {
        lines.add("{\"id\": \"" + s + "-" + seed + "\", \"laws\": \"" + BatchLocalTest.SYSTEMS.resolve(s + ".json") + "\", \"seed\": " + seed + "}");
      }
    }
    Path csv = BatchLocalTest.productCsv(dir);
    for (int seed = 1; seed <= 4; seed++) {
      lines.add("{\"id\": \"product-" + seed + "\", \"formula\": \"" + csv + "\", \"target\": \"y\", \"seed\": " + seed
          + ", \"time_limit\": \"30s\", \"no_network\": true}");
    }
    lines.add("{\"id\": \"missing\", \"laws\": \"" + dir.resolve("nowhere.json") + "\"}");
    jobs = dir.resolve("jobs.jsonl");
    Files.write(jobs, lines);
    Path out = dir.resolve("local.jsonl");
    Run r = Run.of("batch", jobs.toString(), "--out", out.toString(), "--master", "local[2]", "-q");
    assertEquals(2, r.code(), r.err()); // the one missing file
    local = Run.results(out);
    assertEquals(21, local.size());
    Path logs = Path.of("target", "cluster-logs");
    Files.createDirectories(logs);
    cluster = StandaloneCluster.start(Files.createTempDirectory(logs, "run"), 2);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
      assertFalse(cluster.anyAlive(), "a cluster process outlived the test");
    }
  }

  private static Run onCluster(Path out) {
    return Run.of("batch", jobs.toString(), "--out", out.toString(), "--master", cluster.url(), "-q",
        "--conf", "spark.executor.memory=768m", "--executor-timeout", "240");
  }

  private static void assertSameAsLocal(Map<String, JsonNode> got) {
    assertEquals(local.keySet(), got.keySet());
    for (String id : local.keySet()) {
      assertEquals(Run.timeless(local.get(id)), Run.timeless(got.get(id)), id);
    }
  }

  @Test
  @Order(1)
  void batchOnTwoWorkers_givesTheLocalResults() {
    Path out = dir.resolve("cluster.jsonl");
    Run r = onCluster(out);
    assertEquals(2, r.code(), r.err());
    assertSameAsLocal(Run.results(out));
  }

  @Test
  @Order(2)
  void workerKilledMidBatch_everyResultIsStillThereAndEqual() throws Exception {
    Path out = dir.resolve("killed.jsonl");
    Path journal = dir.resolve("killed.jsonl.partial");
    CompletableFuture<Run> batch = CompletableFuture.supplyAsync(() -> onCluster(out));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (lines(journal) < 3 && !batch.isDone() && System.nanoTime() < deadline) Thread.sleep(50);
    assertFalse(batch.isDone(), "the batch ended before a worker could be killed");
    int before = lines(journal);
    List<ProcessHandle> executors = cluster.killWorker(0);
    assertFalse(executors.isEmpty(), "the killed worker had no executor running");
    Run r = batch.get(5, TimeUnit.MINUTES);
    assertEquals(2, r.code(), r.err());
    assertTrue(before < local.size(), "jobs were left when the worker died: " + before);
    assertSameAsLocal(Run.results(out));
  }

  @Test
  @Order(3)
  void lawSearchWithClusterMaster_printsTheJsonOfThePlainCommand() {
    String file = BatchLocalTest.SYSTEMS.resolve("henon-heiles.json").toString();
    Run alone = Run.alone(List.of(file, "--format", "json", "-q"));
    Run onCluster = Run.of(file, "--format", "json", "-q", "--master", cluster.url(),
        "--conf", "spark.executor.memory=768m", "--executor-timeout", "240");
    assertEquals(0, alone.code(), alone.err());
    assertEquals(0, onCluster.code(), onCluster.err());
    assertEquals(Run.timeless(Run.json(alone.out())), Run.timeless(Run.json(onCluster.out())));
  }

  private static int lines(Path f) throws IOException {
    return Files.exists(f) ? (int) Files.readAllLines(f).stream().filter(l -> l.endsWith("}")).count() : 0;
  }
}
