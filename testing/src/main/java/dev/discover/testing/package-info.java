/**
 * Regression tests of simulations against conserved quantities, for JUnit 5 or any test framework: laws
 * ({@link dev.discover.testing.Law}: found by the engine, written as expressions, or Java functions), a
 * trajectory ({@link dev.discover.testing.Recording}: arrays, a trajectory CSV, or a Hipparchus integrator run
 * recorded by {@link dev.discover.testing.StepRecorder}), a {@link dev.discover.testing.Tolerance} (absolute,
 * relative or both), and {@link dev.discover.testing.Conservation#assertConserved}, which fails with an
 * {@link java.lang.AssertionError} naming each law, its worst drift and the time and step where it happened.
 */
package dev.discover.testing;
