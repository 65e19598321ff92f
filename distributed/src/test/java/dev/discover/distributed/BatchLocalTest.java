package dev.discover.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discover batch} in Spark's local mode. */
class BatchLocalTest {
  @TempDir Path dir;

  static final Path SYSTEMS = Path.of("..", "systems").toAbsolutePath().normalize();

  /** y = a*b on 200 seeded rows. */
  static Path productCsv(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("a,b,y\n");
    Random r = new Random(1);
    for (int i = 0; i < 200; i++) {
      double a = 1 + 4 * r.nextDouble(), b = 1 + 4 * r.nextDouble();
      sb.append(a).append(',').append(b).append(',').append(a * b).append('\n');
    }
    Path p = dir.resolve("product.csv");
    Files.writeString(p, sb.toString());
    return p;
  }

  private Path jobs(String... lines) throws IOException {
    Path f = dir.resolve("jobs.jsonl");
    Files.write(f, List.of(lines));
    return f;
  }

  @Test
  void batch_recordsEveryJobAndEachResultIsWhatTheCommandPrintsAlone() throws IOException {
    Path csv = productCsv(dir);
    Path f = jobs(
        "{\"id\": \"toy\", \"laws\": \"" + SYSTEMS.resolve("toy.json") + "\"}",
        "{\"id\": \"hh\", \"laws\": \"" + SYSTEMS.resolve("henon-heiles.json") + "\", \"seed\": 5}",
        "{\"id\": \"product\", \"formula\": \"" + csv + "\", \"target\": \"y\", \"time_limit\": \"20s\", \"no_network\": true}",
        "{\"id\": \"missing\", \"laws\": \"" + dir.resolve("nowhere.json") + "\"}",
        "{this is not json",
        "{\"id\": \"odd\", \"fit\": \"x.csv\"}");
    Path out = dir.resolve("results.jsonl");
    Run r = Run.of("batch", f.toString(), "--out", out.toString(), "--master", "local[2]");
    assertEquals(2, r.code(), r.err()); // some jobs had bad input, the batch still ran them all
    Map<String, JsonNode> res = Run.results(out);
    assertEquals(List.of("toy", "hh", "product", "missing", "5", "odd"), List.copyOf(res.keySet()));
    assertEquals("ok", res.get("toy").get("status").asText());
    assertEquals(2, res.get("toy").get("result").get("independent_count").asInt());
    assertEquals("ok", res.get("product").get("status").asText(), res.get("product").toString());
    assertEquals("bad_input", res.get("missing").get("status").asText());
    assertTrue(res.get("missing").get("error").asText().contains("nowhere.json"), res.get("missing").toString());
    assertTrue(res.get("5").get("error").asText().contains("jobs.jsonl:5: expected a JSON object"), res.get("5").toString());
    assertTrue(res.get("odd").get("error").asText().contains(":6: unknown job type"), res.get("odd").toString());
    assertTrue(r.err().contains("jobs.jsonl:5:"), r.err());
    assertFalse(Files.exists(dir.resolve("results.jsonl.partial")));
    for (JobFile.Entry e : JobFile.read(f)) {
      if (!(e instanceof JobFile.Parsed p)) continue;
      Run alone = Run.alone(p.job().args());
      JsonNode rec = res.get(p.id());
      if (alone.code() == 0) {
        assertEquals(Run.timeless(Run.json(alone.out())), Run.timeless(rec.get("result")), p.id());
      } else {
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains(rec.get("error").asText()), alone.err() + " vs " + rec);
      }
    }
  }

  @Test
  void resume_keepsFinishedResultsAndRunsOnlyTheRest() throws IOException {
    Path f = jobs("{\"id\": \"a\", \"laws\": \"" + SYSTEMS.resolve("toy.json") + "\"}",
        "{\"id\": \"b\", \"laws\": \"" + SYSTEMS.resolve("toy.json") + "\", \"seed\": 2}");
    Path out = dir.resolve("results.jsonl");
    // an earlier run finished "a" (a marker shows that it is kept, not recomputed) and was cut off mid-line
    String kept = "{\"id\":\"a\",\"line\":1,\"type\":\"laws\",\"status\":\"ok\",\"time_ms\":1,\"result\":{\"marker\":1}}";
    Files.writeString(dir.resolve("results.jsonl.partial"), kept + "\n{\"id\":\"b\",\"li");
    Run r = Run.of("batch", f.toString(), "--out", out.toString(), "--resume", "--master", "local[1]");
    assertEquals(0, r.code(), r.err());
    Map<String, JsonNode> res = Run.results(out);
    assertEquals(1, res.get("a").get("result").get("marker").asInt());
    assertEquals(2, res.get("b").get("result").get("independent_count").asInt());
    assertTrue(r.err().contains("1 run") && r.err().contains("1 kept"), r.err());
  }

  @Test
  void unreachableMaster_exitsTwoWithinTheConnectTimeout() throws IOException {
    Path f = jobs("{\"laws\": \"" + SYSTEMS.resolve("toy.json") + "\"}");
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) { port = s.getLocalPort(); } // closed: nobody listens
    long start = System.nanoTime();
    Run r = Run.of("batch", f.toString(), "--out", dir.resolve("r.jsonl").toString(), "--master", "spark://127.0.0.1:" + port,
        "--connect-timeout", "3");
    double s = (System.nanoTime() - start) / 1e9;
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("cannot reach the Spark master"), r.err());
    assertTrue(s < 15, "took " + s + " s");
    assertFalse(Files.exists(dir.resolve("r.jsonl")));
  }

  @Test
  void badCommandLine_unreadableJobsFileAndBadMaster_exitTwoWithOneLine() {
    Run missing = Run.of("batch", dir.resolve("none.jsonl").toString(), "--out", dir.resolve("r.jsonl").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("none.jsonl: cannot read the jobs file"), missing.err());
    Run master = Run.of("batch", dir.resolve("none.jsonl").toString(), "--out", dir.resolve("r.jsonl").toString(), "--master", "mars");
    assertEquals(2, master.code());
    assertTrue(master.err().contains("--master: expected local[*]"), master.err());
    assertEquals(1, master.err().strip().lines().count(), master.err());
  }
}
