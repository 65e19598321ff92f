package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/** Properties of the parser over random inputs; jqwik shrinks any counterexample to a small one. */
class ExprParserPropertiesTest {
  /** Either a tree or an ExprException with a short message: never another exception, never a long message. */
  private static void parsesOrRefusesCleanly(String text) {
    try {
      Expr e = ExprParser.parse(text);
      assertEquals(Exprs.names(e), Exprs.names(ExprParser.parse(Exprs.print(e))), "printing keeps the names");
    } catch (ExprException ex) {
      assertTrue(ex.getMessage().length() < 600, "message of " + ex.getMessage().length() + " characters");
    }
  }

  @Property(tries = 500, seed = "20261201")
  void anyStringOfGrammarCharactersParsesOrIsRefusedCleanly(
      @ForAll("grammarSoup") String text) {
    parsesOrRefusesCleanly(text);
  }

  @Property(tries = 300, seed = "20261202")
  void anyStringAtAllParsesOrIsRefusedCleanly(@ForAll String text) {
    parsesOrRefusesCleanly(text);
  }

  @Property(tries = 300, seed = "20261203")
  void generatedExpressionsPrintAndParseBackToTheSameValue(@ForAll("expressions") String text) {
    Expr e = ExprParser.parse(text);
    String printed = Exprs.print(e);
    java.util.Map<String, Expr> ones = new java.util.HashMap<>();
    for (String n : Exprs.names(e)) ones.put(n, Expr.num(2));
    double direct = new Compiler(java.util.List.of()).compile(Exprs.substitute(e, ones)).eval(new double[0]);
    double reparsed = new Compiler(java.util.List.of()).compile(Exprs.substitute(ExprParser.parse(printed), ones)).eval(new double[0]);
    assertTrue(Double.compare(direct, reparsed) == 0 || Math.abs(direct - reparsed) <= 1e-9 * Math.abs(direct),
        printed + ": " + direct + " vs " + reparsed);
  }

  @Property(tries = 50, seed = "20261204")
  void deepOrLongInputsAreRefusedWithTheLimitNamed(@ForAll("absurd") String text) {
    ExprException ex = org.junit.jupiter.api.Assertions.assertThrows(ExprException.class, () -> ExprParser.parse(text));
    assertTrue(ex.getMessage().contains("discover.expr."), ex.getMessage());
    assertTrue(ex.getMessage().length() < 400, ex.getMessage());
  }

  @Provide
  Arbitrary<String> grammarSoup() {
    return Arbitraries.strings().withChars("xy12.e+-*/^() ,sincoexpl_E").ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> expressions() {
    Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of("x", "y", "E", "Pi", "lambda"),
        Arbitraries.integers().between(0, 1000).map(String::valueOf),
        Arbitraries.of("0.015", "1e-3", "3/7"));
    return Arbitraries.recursive(() -> leaf, this::compound, 4);
  }

  private Arbitrary<String> compound(Arbitrary<String> inner) {
    Arbitrary<String> op = Arbitraries.of("+", "-", "*", "/", "^");
    Arbitrary<String> bin = Combinators.combine(inner, op, inner).as((a, o, b) ->
        o.equals("^") ? "(" + a + ")^" + (b.length() > 3 ? "2" : b.replace("-", "")) : a + " " + o + " " + b);
    Arbitrary<String> call = Combinators.combine(Arbitraries.of(Functions.ORDERED), inner).as((f, a) -> f + "(" + a + ")");
    Arbitrary<String> neg = inner.map(a -> "-(" + a + ")");
    return Arbitraries.oneOf(bin, call, neg);
  }

  @Provide
  Arbitrary<String> absurd() {
    Arbitrary<Integer> n = Arbitraries.integers().between(6_000, 60_000);
    return Arbitraries.oneOf(
        n.map(k -> "(".repeat(k) + "x" + ")".repeat(k)),
        n.map(k -> "x" + "^x".repeat(k)),
        n.map(k -> "x" + "+y".repeat(k)),
        n.map(k -> "-".repeat(k) + "x"),
        n.map(k -> "x^" + k + "0000"));
  }
}
