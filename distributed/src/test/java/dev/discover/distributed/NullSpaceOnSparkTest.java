package dev.discover.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.ConservationLaw;
import dev.discover.core.Discovery;
import dev.discover.core.LawSearchResult;
import dev.discover.core.NullSpaceExecutor;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** The exact null-space stage as Spark tasks gives the laws of the local stage. */
class NullSpaceOnSparkTest {
  static final String SYSTEM = "henon-heiles.json";

  @Test
  void nullSpaceBlocksAsSparkTasks_giveTheLocalLaws() {
    SystemSpec spec = SystemFile.load(BatchLocalTest.SYSTEMS.resolve(SYSTEM));
    LawSearchResult local = Discovery.findLaws(spec);
    AtomicInteger tasks = new AtomicInteger();
    LawSearchResult spark;
    try (JavaSparkContext sc = new SparkSetup("local[2]", 0, List.of(), 1000, 1000).open("test")) {
      SparkNullSpace onSpark = new SparkNullSpace(sc);
      NullSpaceExecutor counting = new NullSpaceExecutor() {
        @Override public boolean local() { return false; }
        @Override public List<Part> run(Job job, int parts) {
          tasks.addAndGet(parts);
          return onSpark.run(job, parts);
        }
      };
      NullSpaceExecutor previous = NullSpaceExecutor.install(counting);
      try {
        spark = Discovery.findLaws(spec);
      } finally {
        NullSpaceExecutor.install(previous);
      }
    }
    assertTrue(tasks.get() > 1, "parts run as Spark tasks: " + tasks.get());
    assertEquals(local.laws().stream().map(ConservationLaw::expression).toList(), spark.laws().stream().map(ConservationLaw::expression).toList());
    assertEquals(local.nullSpaceDimension(), spark.nullSpaceDimension());
  }

  @Test
  void lawsCommandWithMaster_printsTheJsonOfThePlainCommand() {
    Path file = BatchLocalTest.SYSTEMS.resolve(SYSTEM);
    Run alone = Run.alone(List.of(file.toString(), "--format", "json", "-q"));
    Run spark = Run.of(file.toString(), "--format", "json", "-q", "--master", "local[2]");
    assertEquals(0, alone.code(), alone.err());
    assertEquals(0, spark.code(), spark.err());
    assertEquals(Run.timeless(Run.json(alone.out())), Run.timeless(Run.json(spark.out())));
    Run bad = Run.of(file.toString(), "--master", "spark://127.0.0.1:1", "-q");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("cannot reach the Spark master"), bad.err());
  }
}
