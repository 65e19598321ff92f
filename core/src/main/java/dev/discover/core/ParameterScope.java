package dev.discover.core;

/** For which parameter values a law holds with its coefficients. */
public enum ParameterScope {
  /** The system has no parameters. */
  NONE,
  /** The law holds for every value of the parameters. */
  EVERY_VALUE,
  /** The law holds for the parameter values given (its coefficients depend on them). */
  GIVEN_VALUES
}
