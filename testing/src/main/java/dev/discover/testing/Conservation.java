package dev.discover.testing;

import dev.discover.core.LawSearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks that laws are conserved along recorded trajectories: each law's drift {@code |H(x_i) - H(x_0)|} from
 * its value at the first sample of each recording, at its worst sample, against a {@link Tolerance}. The
 * {@code assertConserved} methods throw an {@link AssertionError} (what JUnit reports as a failure) whose
 * message names every law, its worst drift and where it happened; {@link #check} returns the same numbers
 * without throwing.
 * <pre>{@code
 * StepRecorder rec = new StepRecorder(result.variables());
 * integrator.addStepHandler(rec);
 * integrator.integrate(ode, start, 100);
 * Conservation.assertConserved(result, rec.recording(), Tolerance.relative(1e-9));
 * }</pre>
 */
public final class Conservation {
  private Conservation() {}

  /** The worst drift of each law over every recording; throws {@link IllegalArgumentException} when a law reads a variable a recording lacks. */
  public static DriftReport check(List<Law> laws, List<Recording> recordings, Tolerance tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    if (laws.isEmpty()) throw new IllegalArgumentException("no laws to check");
    if (recordings.isEmpty()) throw new IllegalArgumentException("no recordings to check");
    List<LawDrift> drifts = new ArrayList<>();
    int samples = 0;
    for (Recording r : recordings) samples += r.size();
    for (Law law : laws) {
      LawDrift worst = null;
      for (Recording r : recordings) {
        LawDrift d = worst(law, r, tolerance);
        if (worst == null || worse(d, worst)) worst = d;
      }
      drifts.add(worst);
    }
    return new DriftReport(drifts, tolerance, samples);
  }

  /** The worst drift of each law along one recording. */
  public static DriftReport check(List<Law> laws, Recording recording, Tolerance tolerance) {
    return check(laws, List.of(recording), tolerance);
  }

  /** Asserts that every law stays within the tolerance along every recording; the report when it does. */
  public static DriftReport assertConserved(List<Law> laws, List<Recording> recordings, Tolerance tolerance) {
    DriftReport report = check(laws, recordings, tolerance);
    if (!report.passed()) throw new AssertionError(report.message());
    return report;
  }

  /** Asserts that every law stays within the tolerance along the recording; the report when it does. */
  public static DriftReport assertConserved(List<Law> laws, Recording recording, Tolerance tolerance) {
    return assertConserved(laws, List.of(recording), tolerance);
  }

  /** Asserts that one law stays within the tolerance along the recording. */
  public static DriftReport assertConserved(Law law, Recording recording, Tolerance tolerance) {
    return assertConserved(List.of(law), List.of(recording), tolerance);
  }

  /** Asserts that every law the engine found stays within the tolerance along the recording. */
  public static DriftReport assertConserved(LawSearchResult result, Recording recording, Tolerance tolerance) {
    if (result.laws().isEmpty()) throw new AssertionError("the search for laws of " + result.system() + " found none, so there is nothing to check");
    return assertConserved(Law.of(result), List.of(recording), tolerance);
  }

  private static LawDrift worst(Law law, Recording r, Tolerance tol) {
    int[] index = columns(law, r);
    double[] state = new double[index.length];
    double h0 = law.valueAt(read(r.state(0), index, state));
    double bound = tol.bound(h0);
    LawDrift worst = null;
    for (int i = 0; i < r.size(); i++) {
      double v = i == 0 ? h0 : law.valueAt(read(r.state(i), index, state));
      double drift = Double.isFinite(v) && Double.isFinite(h0) ? Math.abs(v - h0) : Double.POSITIVE_INFINITY;
      LawDrift d = new LawDrift(law.name(), h0, v, drift, bound, r.label(), i, r.time(i));
      if (worst == null || worse(d, worst)) worst = d;
    }
    return worst;
  }

  /** Further outside its bound, or as far outside and a larger drift; ties keep the earlier sample. */
  private static boolean worse(LawDrift a, LawDrift b) {
    int c = Double.compare(score(a), score(b));
    return c > 0 || (c == 0 && a.drift() > b.drift());
  }

  private static double score(LawDrift d) {
    if (d.drift() == 0) return 0;
    return d.bound() == 0 ? Double.POSITIVE_INFINITY : d.drift() / d.bound();
  }

  private static double[] read(double[] source, int[] index, double[] into) {
    for (int k = 0; k < index.length; k++) into[k] = source[index[k]];
    return into;
  }

  /** For each of the law's variables, its column in the recording. */
  private static int[] columns(Law law, Recording r) {
    int n = law.variables().size();
    int[] index = new int[n];
    if (r.variables().isEmpty()) {
      int d = r.state(0).length;
      if (d != n) {
        throw new IllegalArgumentException("law " + law.name() + " reads " + n + " variables " + law.variables() + " but the states of "
            + r.label() + " have " + d + " components (give the recording variable names to match them by name)");
      }
      for (int k = 0; k < n; k++) index[k] = k;
      return index;
    }
    for (int k = 0; k < n; k++) {
      index[k] = r.variables().indexOf(law.variables().get(k));
      if (index[k] < 0) {
        throw new IllegalArgumentException("law " + law.name() + " reads variable '" + law.variables().get(k) + "', which "
            + r.label() + " does not have; its variables are " + r.variables());
      }
    }
    return index;
  }
}
