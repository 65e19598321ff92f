package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.discover.neural.FormulaEquality.Verdict;
import dev.discover.symbolic.ExprParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormulaEqualityTest {
  private static final long SEED = 12345;
  private static final long CALL_MS = 60_000;

  private static final FeynmanData GAUSS = row("exp(-theta^2/2)/sqrt(2*pi)", List.of("theta"), 1, 3);
  private static final FeynmanData COULOMB = row("q1*q2/(4*pi*epsilon*r^2)", List.of("q1", "q2", "epsilon", "r"), 1, 5);
  private static final FeynmanData DISTANCE =
      row("sqrt((x2-x1)^2+(y2-y1)^2)", List.of("x1", "x2", "y1", "y2"), 1, 5);

  private static FeynmanData row(String truth, List<String> names, double low, double high) {
    double[] lo = new double[names.size()], hi = new double[names.size()];
    java.util.Arrays.fill(lo, low);
    java.util.Arrays.fill(hi, high);
    return new FeynmanData("test", "f", truth, names, lo, hi);
  }

  private static void assertVerdict(Verdict expected, FeynmanData row, String found) {
    FormulaEquality eq = FormulaEquality.check(row, ExprParser.parse(found), SEED, CALL_MS);
    assertEquals(expected, eq.verdict(), found + ": " + eq.detail());
  }

  private static void assertNotSymbolic(FeynmanData row, String found) {
    FormulaEquality eq = FormulaEquality.check(row, ExprParser.parse(found), SEED, CALL_MS);
    assertNotEquals(Verdict.SYMBOLIC, eq.verdict(), found + ": " + eq.detail());
  }

  @Test
  void check_provesDecimalGaussianNormalisation() {
    assertVerdict(Verdict.SYMBOLIC, GAUSS, "0.39894228*exp(-theta^2/2)");
    assertVerdict(Verdict.SYMBOLIC, GAUSS, "sqrt(1/2)*exp(-theta^2/2)/sqrt(3.141592653589793)");
  }

  @Test
  void check_provesDecimalCoulombConstant() {
    assertVerdict(Verdict.SYMBOLIC, COULOMB, "0.07957747*q1*q2/(epsilon*r^2)");
  }

  @Test
  void check_neverProvesAnAddedConstant() {
    assertNotSymbolic(COULOMB, "0.07957747*q1*q2/(epsilon*r^2) + 0.001");
    // small enough to pass the numeric test, and still not proved
    assertVerdict(Verdict.NUMERIC_ONLY, COULOMB, "0.07957747*q1*q2/(epsilon*r^2) + 0.000000001");
  }

  @Test
  void check_rejectsAScaleFactor() {
    assertVerdict(Verdict.DIFFERENT, COULOMB, "1.01*q1*q2/(4*3.141592653589793*epsilon*r^2)");
  }

  @Test
  void check_rejectsAConstantOffInTheThirdDigit() {
    assertVerdict(Verdict.DIFFERENT, COULOMB, "0.0797*q1*q2/(epsilon*r^2)");
    assertVerdict(Verdict.DIFFERENT, GAUSS, "0.3997*exp(-theta^2/2)");
  }

  @Test
  void check_provesAnExpandedDistance() {
    assertVerdict(Verdict.SYMBOLIC, DISTANCE, "sqrt((y1 - y2)^2 + (x1 - x2)^2)");
    assertVerdict(Verdict.SYMBOLIC, DISTANCE, "sqrt(x1^2 - 2*x1*x2 + x2^2 + y1^2 - 2*y1*y2 + y2^2)");
  }

  @Test
  void check_usesPositiveRangesForSquareRoots() {
    FeynmanData lorentz = new FeynmanData("I.15.3x", "x1", "(x-u*t)/sqrt(1-u^2/c^2)", List.of("x", "u", "c", "t"),
        new double[] {5, 1, 3, 1}, new double[] {10, 2, 20, 2});
    assertVerdict(Verdict.SYMBOLIC, lorentz, "c*(x - u*t)/sqrt(-(u^2 - c^2))");
    FeynmanData normal = row("exp(-(theta/sigma)^2/2)/(sqrt(2*pi)*sigma)", List.of("sigma", "theta"), 1, 3);
    assertVerdict(Verdict.SYMBOLIC, normal, "sqrt(1/2)/(sqrt(3.141592653589793)*sigma*sqrt(exp((theta/sigma)^2)))");
  }

  @Test
  void check_provesARootOfASquareWrittenTwoWaysAndNotTheOppositeSign() {
    FeynmanData doppler = new FeynmanData("I.34.14", "omega", "(1+v/c)/sqrt(1-v^2/c^2)*omega_0",
        List.of("c", "v", "omega_0"), new double[] {3, 1, 1}, new double[] {10, 2, 5});
    assertVerdict(Verdict.SYMBOLIC, doppler, "omega_0*sqrt((v + c)/(-v + c))");
    // the same square, the opposite sign: the numeric test rejects it before any proof
    assertVerdict(Verdict.DIFFERENT, doppler, "-omega_0*sqrt((v + c)/(-v + c))");
  }

  @Test
  void check_provesATrigonometricIdentity() {
    FeynmanData grating = row("Int_0*sin(n*theta/2)^2/sin(theta/2)^2", List.of("Int_0", "theta", "n"), 1, 5);
    assertVerdict(Verdict.SYMBOLIC, grating, "Int_0*(1 - cos(theta*n))/sqrt(sqrt(1 - cos(theta)))^4");
  }

  @Test
  void prove_neverSplitsTheSquareOfADifference() {
    // PowerExpand alone would rewrite sqrt((x - y)^2) to x - y, which is false where x < y
    ProofAttempts.Outcome o = ProofAttempts.prove(ExprParser.parse("x - y"), ExprParser.parse("sqrt((x - y)^2)"),
        Set.of("x", "y"), CALL_MS, false);
    assertFalse(o.proved(), o.detail());
    // nor does the squared ratio prove it: the numeric test finds the ratio -1 where x < y
    FeynmanData both = row("sqrt((x - y)^2)", List.of("x", "y"), 1, 5);
    assertVerdict(Verdict.DIFFERENT, both, "x - y");
  }
}
