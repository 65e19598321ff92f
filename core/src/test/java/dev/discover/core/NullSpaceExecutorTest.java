package dev.discover.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NullSpaceExecutorTest {
  /** An executor that computes every part apart, from the job alone, as a cluster's executors do. */
  private static final class Apart implements NullSpaceExecutor {
    final AtomicInteger parts = new AtomicInteger();

    @Override public boolean local() { return false; }

    @Override public List<Part> run(Job job, int n) {
      parts.addAndGet(n);
      // a copy of the job, as if it had crossed to another JVM: the stage must not rely on shared objects
      Job copy = new Job(job.key() + "-copy", job.spec(), job.seed(), job.extraRows());
      return java.util.stream.IntStream.range(0, n).mapToObj(i -> Part.compute(copy, i)).toList();
    }
  }

  private static List<String> laws(LawSearchResult r) { return r.laws().stream().map(ConservationLaw::expression).toList(); }

  @Test
  void partsComputedApartFromTheSpec_giveTheSameLawsAsTheLocalStage() {
    Path file = Path.of("..", "systems", "henon-heiles.json");
    SystemSpec spec = SystemFile.load(file);
    LawSearchResult local = Discovery.findLaws(spec);
    Apart apart = new Apart();
    NullSpaceExecutor previous = NullSpaceExecutor.install(apart);
    LawSearchResult remote;
    try {
      remote = Discovery.findLaws(spec);
    } finally {
      NullSpaceExecutor.install(previous);
    }
    assertTrue(apart.parts.get() > 1, "the stage was not handed to the executor");
    assertEquals(laws(local), laws(remote));
    assertEquals(local.nullSpaceDimension(), remote.nullSpaceDimension());
    assertEquals(local.trivialCount(), remote.trivialCount());
    assertEquals(local.dependentByDegree(), remote.dependentByDegree());
  }
}
