package dev.discover.core;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Where the independent parts of the exact null-space stage run: the weight blocks of the basis, split by sign
 * symmetries, each an elimination modulo a prime of its own. {@link #LOCAL}, the default, runs them on this
 * JVM's cores with the memory bound of {@link LawOptions}; another executor (the Spark one of the distributed
 * module) runs each part elsewhere through {@link Part#compute}, which rebuilds what the part needs from the
 * system alone. Sample points and parts depend only on the system and the seed, so every executor gives the same
 * null space, and the same laws.
 */
public interface NullSpaceExecutor {
  /** True for the default: the stage runs in this JVM. */
  boolean local();

  /** The parts {@code 0 .. parts - 1} of {@code job}, in order, each what {@link Part#compute} returns. */
  List<Part> run(Job job, int parts);

  /** The parts on this JVM's cores (the stage's own parallel loop). */
  NullSpaceExecutor LOCAL = new NullSpaceExecutor() {
    @Override public boolean local() { return true; }
    @Override public List<Part> run(Job job, int parts) {
      return java.util.stream.IntStream.range(0, parts).parallel().mapToObj(i -> Part.compute(job, i)).toList();
    }
  };

  /** The executor law searches of this JVM use: {@link #LOCAL} unless {@link #install} chose another. */
  static NullSpaceExecutor current() { return Holder.current; }

  /** Makes {@code e} the executor of later law searches in this JVM; returns the previous one. */
  static NullSpaceExecutor install(NullSpaceExecutor e) {
    NullSpaceExecutor previous = Holder.current;
    Holder.current = Objects.requireNonNull(e, "executor");
    return previous;
  }

  /**
   * A null-space stage to share out.
   *
   * @param key names this stage, so that a JVM running several of its parts prepares it once
   * @param spec the system, exactly as searched
   * @param seed the seed of the sample points
   * @param extraRows the sample points beyond each part's size
   */
  record Job(String key, SystemSpec spec, long seed, int extraRows) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * One part's null space modulo the prime, and its trivial part, as vectors over the whole basis.
   *
   * @param nullSpace the null-space vectors
   * @param trivial the members that vanish on the manifold or are identities among the basis functions
   * @param block the weight block the part belongs to
   */
  record Part(long[][] nullSpace, long[][] trivial, int block) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Computes part {@code index} of a job (in any JVM: the system, basis and samples are rebuilt and cached). */
    public static Part compute(Job job, int index) { return dev.discover.core.laws.NullSpaceParts.compute(job, index); }
  }

  /** The installed executor (a volatile field behind the interface). */
  final class Holder {
    private static volatile NullSpaceExecutor current = LOCAL;

    private Holder() {}
  }
}
