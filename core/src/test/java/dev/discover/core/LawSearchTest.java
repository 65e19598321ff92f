package dev.discover.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LawSearchTest {
  private static LawSearchResult run(String file) {
    return Discovery.findLaws(SystemFile.load(SystemsRegressionTest.systemsDir().resolve(file)));
  }

  @Test
  void toy_hasFourNullVectorsAndTheTwoSparseLaws() {
    LawSearchResult r = run("toy.json");
    assertEquals(19, r.basisSize());
    assertEquals(4, r.nullSpaceDimension());
    assertEquals(2, r.independentCount());
    assertEquals(List.of("x + y + z", "x*y*z"), r.laws().stream().map(ConservationLaw::expression).toList());
    assertEquals(Map.of(2, 1, 3, 1), r.dependentByDegree());
    for (ConservationLaw l : r.laws()) assertEquals(Verification.EXACT, l.verification());
  }

  @Test
  void chemistry_hasTheCarbonAndNitrogenLawsInSparseForm() {
    LawSearchResult r = run("chem.json");
    assertEquals(3, r.independentCount());
    List<String> laws = r.laws().stream().map(ConservationLaw::expression).toList();
    assertTrue(laws.contains("HCHO + CO"), laws.toString());
    assertTrue(laws.contains("NO + NO2 + HNO3"), laws.toString());
    for (ConservationLaw l : r.laws()) {
      assertEquals(Verification.EXACT, l.verification());
      for (Coefficient c : l.coefficients().values()) {
        assertTrue(c instanceof Coefficient.Exact, "not exact: " + c);
        assertTrue(c.text().matches("-?\\d+"), "not an integer: " + c.text());
      }
    }
    assertEquals(4, run("chem-h2o.json").independentCount());
  }

  @Test
  void decimalRateConstants_areExactRationals() {
    // 0.015000000000000036 and 0.021999999999999992 enter the third law through k4/(k4 + k5): its coefficients
    // can only be these integers if the decimals were read exactly.
    ConservationLaw third = run("chem.json").laws().get(2);
    assertTrue(third.coefficients().values().stream().anyMatch(c -> c.text().equals("5499999999999998")),
        third.coefficients().toString());
  }

  @Test
  void fluidTriangle_reportsTheConstraintAsTrivialNotAsALaw() {
    LawSearchResult r = run("fluid.json");
    assertEquals(150, r.nullSpaceDimension());
    assertTrue(r.trivialCount() > 0);
    assertEquals(7, r.independentCount());
    for (ConservationLaw l : r.laws()) assertTrue(l.terms() <= 12, l.expression());
  }

  @Test
  void sameSeed_givesTheSameLaws() {
    List<String> a = run("chem-h2o.json").laws().stream().map(ConservationLaw::expression).toList();
    List<String> b = run("chem-h2o.json").laws().stream().map(ConservationLaw::expression).toList();
    assertEquals(a, b);
  }

  @Test
  void numericRateConstants_tellWhichLawsHoldForEveryValue() {
    LawSearchResult r = run("chem.json");
    assertEquals(List.of(ParameterScope.EVERY_VALUE, ParameterScope.EVERY_VALUE, ParameterScope.GIVEN_VALUES),
        r.laws().stream().map(ConservationLaw::scope).toList());
    assertEquals(3, r.parameters().genericCount());
  }

  @Test
  void symbolicRateConstants_giveTheThirdLawWithCoefficientsInK4AndK5Only() {
    LawSearchResult r = run("chem-symbolic.json");
    assertEquals(3, r.independentCount());
    ConservationLaw third = r.laws().get(2);
    java.util.Set<String> names = dev.discover.symbolic.Exprs.names(dev.discover.symbolic.ExprParser.parse(third.expression()));
    assertTrue(names.contains("k4") && names.contains("k5"), third.expression());
    for (String k : List.of("k1", "k2", "k3", "k6", "k7", "k8", "k9", "k10")) assertTrue(!names.contains(k), third.expression());
    for (ConservationLaw l : r.laws()) {
      assertEquals(Verification.EXACT, l.verification());
      assertEquals(ParameterScope.EVERY_VALUE, l.scope());
    }
  }

  @Test
  void transcendentalLaws_areProvenSymbolically() {
    ConservationLaw energy = run("pendulum.json").laws().get(0);
    assertEquals("w^2 - 2*cos(theta)", energy.expression());
    assertEquals(Verification.EXACT, energy.verification());
    assertEquals(5, run("kepler3d.json").independentCount());
  }
}
