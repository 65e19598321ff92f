package dev.discover.distributed;

import dev.discover.core.NullSpaceExecutor;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The exact null-space stage on Spark: each part (a weight block, or a parity part of one) is one task, which
 * rebuilds the system and its sample points from the broadcast specification and eliminates its part modulo the
 * prime ({@link NullSpaceExecutor.Part#compute}); the driver assembles them as the local stage does.
 */
final class SparkNullSpace implements NullSpaceExecutor {
  private final JavaSparkContext sc;

  SparkNullSpace(JavaSparkContext sc) { this.sc = sc; }

  @Override public boolean local() { return false; }

  @Override
  public List<Part> run(Job job, int parts) {
    if (parts == 0) return List.of();
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < parts; i++) indices.add(i);
    Broadcast<Job> shared = sc.broadcast(job);
    try {
      return sc.parallelize(indices, parts).map(i -> Part.compute(shared.value(), i)).collect();
    } finally {
      shared.destroy();
    }
  }
}
