package dev.discover.core.laws;

import dev.discover.core.NullSpaceExecutor;
import dev.discover.io.Progress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of an exact null-space stage computed one at a time, in whichever JVM runs them (a cluster's
 * executors through {@link NullSpaceExecutor.Part#compute}): the system, basis and sample points are rebuilt
 * from the job's specification and seed, once per JVM and job, so that every part equals the one the local
 * stage computes.
 */
public final class NullSpaceParts {
  /** Prepared stages by job key; a few at a time (a JVM works on one search, or a few). */
  private static final Map<String, Prepared> PREPARED = new ConcurrentHashMap<>();
  private static final int KEEP = 4;

  private NullSpaceParts() {}

  private record Prepared(ExactSearch.Setup setup, List<BlockNullSpace.Part> parts, int basisSize) {}

  /** Part {@code index} of the job, its vectors over the whole basis. */
  public static NullSpaceExecutor.Part compute(NullSpaceExecutor.Job job, int index) {
    if (PREPARED.size() > KEEP && !PREPARED.containsKey(job.key())) PREPARED.clear();
    Prepared pr = PREPARED.computeIfAbsent(job.key(), k -> prepare(job));
    if (index < 0 || index >= pr.parts().size()) {
      throw new IllegalArgumentException("part " + index + " of a null space with " + pr.parts().size() + " parts");
    }
    BlockNullSpace.Part part = pr.parts().get(index);
    ExactSearch.Setup s = pr.setup();
    long[][][] nt = BlockNullSpace.part(s.lie(), s.samples().points(), s.p(), part.cols(), job.extraRows(), f -> { });
    return new NullSpaceExecutor.Part(full(nt[0], part.cols(), pr.basisSize()), full(nt[1], part.cols(), pr.basisSize()), part.block());
  }

  private static Prepared prepare(NullSpaceExecutor.Job job) {
    LawProblem problem = LawProblem.of(job.spec());
    ExactSearch.Setup s = ExactSearch.Setup.of(problem, job.seed(), job.extraRows(), Progress.SILENT);
    return new Prepared(s, BlockNullSpace.parts(problem.basis(), s.blocks(), s.parities()), problem.basis().size());
  }

  private static long[][] full(long[][] vs, int[] cols, int nb) {
    long[][] out = new long[vs.length][];
    for (int i = 0; i < vs.length; i++) out[i] = BlockNullSpace.full(vs[i], cols, nb);
    return out;
  }
}
