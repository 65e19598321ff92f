package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExprLimitsTest {
  private static void assertRefused(String text, String limitProperty) {
    ExprException e = assertThrows(ExprException.class, () -> ExprParser.parse(text));
    assertTrue(e.getMessage().contains(limitProperty), e.getMessage());
    assertTrue(e.getMessage().length() < 400, "message of " + e.getMessage().length() + " characters");
  }

  @Test
  void parse_refusesDeepParenthesesNamingTheNestingLimit() {
    assertRefused("(".repeat(20_000) + "x" + ")".repeat(20_000), "discover.expr.maxNesting");
  }

  @Test
  void parse_refusesDeeplyNestedFunctionsNamingTheNestingLimit() {
    assertRefused("sin(".repeat(19_000) + "x" + ")".repeat(19_000), "discover.expr.maxNesting");
  }

  @Test
  void parse_refusesALongPowerChainNamingTheNestingLimit() {
    assertRefused("x" + "^x".repeat(30_000), "discover.expr.maxNesting");
  }

  @Test
  void parse_refusesAFlatSumOfTooManyTermsNamingTheDepthLimit() {
    assertRefused("x" + "+x".repeat(40_000), "discover.expr.maxDepth");
  }

  @Test
  void parse_refusesAMegabyteProductBeforeReadingIt() {
    assertRefused("x" + "*x".repeat(500_000), "discover.expr.maxLength");
  }

  @Test
  void parse_refusesHugeExponentsAndPowersOfTen() {
    assertRefused("x^99999999", "discover.expr.maxExponent");
    assertRefused("x^(10^8)", "discover.expr.maxExponent");
    assertRefused("x^-99999999", "discover.expr.maxExponent");
    assertRefused("1e999999999 * x", "discover.expr.maxExponent");
  }

  @Test
  void parse_acceptsGenerousRealisticSizes() {
    Expr sum = ExprParser.parse("x" + "+x".repeat(900));
    assertEquals(901, Exprs.constantValue(Exprs.substitute(sum, java.util.Map.of("x", Expr.num(1)))).orElseThrow().intValue());
    Expr nested = ExprParser.parse("sin(".repeat(150) + "x" + ")".repeat(150));
    assertEquals(151, Simplifier.size(nested));
    assertEquals(Exprs.constantValue(ExprParser.parse("2^10000")).orElseThrow().getNumerator().bitLength(), 10_001);
  }

  @Test
  void limits_canBeRaisedWithTheNamedProperty() {
    String text = "sin(".repeat(300) + "x" + ")".repeat(300);
    assertThrows(ExprException.class, () -> ExprParser.parse(text));
    System.setProperty("discover.expr.maxNesting", "400");
    try {
      assertEquals(301, Simplifier.size(ExprParser.parse(text)));
    } finally {
      System.clearProperty("discover.expr.maxNesting");
    }
  }

  @Test
  void constantFolding_givesUpOnConstantsBeyondTheBitLimitInsteadOfComputingThem() {
    Expr tower = ExprParser.parse("((9^9999)^9999)^9999");
    assertTrue(Exprs.constantValue(tower).isEmpty());
  }

  @Test
  void messages_quoteOnlyAnExcerptOfALongExpression() {
    String text = "x + ".repeat(2_000) + "$";
    ExprException e = assertThrows(ExprException.class, () -> ExprParser.parse(text));
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    assertTrue(e.getMessage().contains("8001 characters"), e.getMessage());
  }
}
