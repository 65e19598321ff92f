package dev.discover.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The worst drift of each law checked, in the order the laws were given, and the tolerance they were held to.
 *
 * @param drifts one entry per law
 * @param tolerance the tolerance
 * @param samples the number of samples checked, over every recording
 */
public record DriftReport(List<LawDrift> drifts, Tolerance tolerance, int samples) {
  /** Copies the list. */
  public DriftReport { drifts = List.copyOf(drifts); }

  /** Whether every law stayed within the tolerance. */
  public boolean passed() { return failures().isEmpty(); }

  /** The laws that left the tolerance, in order. */
  public List<LawDrift> failures() {
    List<LawDrift> f = new ArrayList<>();
    for (LawDrift d : drifts) if (!d.conserved()) f.add(d);
    return f;
  }

  /** The entry of a law by name; throws {@link IllegalArgumentException} when no law has that name. */
  public LawDrift drift(String law) {
    for (LawDrift d : drifts) if (d.law().equals(law)) return d;
    List<String> names = new ArrayList<>();
    for (LawDrift d : drifts) names.add(d.law());
    throw new IllegalArgumentException("no law named '" + law + "' in the report; laws are " + names);
  }

  /** A header line ("2 of 3 laws not conserved within relative 1e-08 over 1001 samples:") and one line per law. */
  public String message() {
    List<LawDrift> f = failures();
    StringBuilder sb = new StringBuilder();
    sb.append(f.isEmpty() ? "all " + drifts.size() : f.size() + " of " + drifts.size())
        .append(drifts.size() == 1 ? " law " : " laws ")
        .append(f.isEmpty() ? "conserved" : "not conserved").append(" within ").append(tolerance)
        .append(" over ").append(samples).append(" samples:");
    for (LawDrift d : drifts) sb.append('\n').append(d.conserved() ? "  ok    " : "  DRIFT ").append(d.describe());
    return sb.toString();
  }
}
