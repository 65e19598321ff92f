package dev.discover.distributed;

import dev.discover.core.ConservationLaw;
import dev.discover.core.Discovery;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point of a sweep, as a Spark task: the system file's text (so executors need no shared file system) with
 * its parameters set to exact rationals, and its law search at those values.
 *
 * @param index the point's place in the sweep (-1: the generic point)
 * @param source the file name, for messages
 * @param text the system file
 * @param values the parameter values, as exact rationals
 */
record SweepPoint(int index, String source, String text, Map<String, String> values) implements Serializable {
  private static final long serialVersionUID = 1L;

  SweepPoint { values = new LinkedHashMap<>(values); }

  /**
   * What the search found at a point.
   *
   * @param index the point's place in the sweep
   * @param values the parameter values
   * @param count the number of independent laws (-1 when the search failed)
   * @param laws the laws' expressions, simplest first
   * @param verified whether every law is exact (proven by a polynomial identity)
   * @param timeMs the search's time
   * @param error why the search failed, or empty
   */
  record Result(int index, Map<String, String> values, int count, List<String> laws, boolean verified, long timeMs,
      String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    Result {
      values = new LinkedHashMap<>(values);
      laws = List.copyOf(laws);
    }
  }

  /** The system at this point's values. */
  static SystemSpec at(SystemSpec s, Map<String, String> values) {
    Map<String, String> params = new LinkedHashMap<>(s.parameters());
    params.putAll(values);
    return new SystemSpec(s.source(), s.name(), s.description(), s.variables(), params, s.definitions(), s.equations(),
        s.constraints(), s.basis(), s.sampling(), s.expectedIndependent(), s.expectedLaws());
  }

  /** Searches; never throws (a point where the system is bad input records the message). */
  static Result search(SweepPoint p) {
    long start = System.nanoTime();
    try {
      SystemSpec s = at(SystemFile.parse(p.text(), p.source()), p.values());
      LawSearchResult r = Discovery.findLawsAtGivenValues(s);
      boolean exact = r.laws().stream().allMatch(l -> l.verification() == dev.discover.core.Verification.EXACT);
      return new Result(p.index(), p.values(), r.independentCount(), r.laws().stream().map(ConservationLaw::expression).toList(),
          exact, (System.nanoTime() - start) / 1_000_000, "");
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String msg = e instanceof IllegalArgumentException ? e.getMessage() : "internal error: " + e;
      return new Result(p.index(), p.values(), -1, List.of(), false, (System.nanoTime() - start) / 1_000_000, msg);
    }
  }
}
