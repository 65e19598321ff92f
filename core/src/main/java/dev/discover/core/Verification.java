package dev.discover.core;

/** How a law was checked. */
public enum Verification {
  /** Proven: a symbolic identity, or exact arithmetic at random points (Schwartz-Zippel). */
  EXACT,
  /** Checked in floating point at sample points; see the residual. */
  NUMERIC,
  /** Not checked. */
  UNVERIFIED;

  /** The name used in JSON output: exact, numeric, unverified. */
  public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
